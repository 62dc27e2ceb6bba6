import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readWidget } from '@/client/entities/thread/model/widget-text';
import { PreviewHostsContext } from '@/client/lib/preview-hosts';
import { WidgetView } from './widget-view';

function draw(widget: unknown, approvedHosts: readonly string[] = []) {
  const { parsed, texts } = readWidget(JSON.stringify(widget));
  return render(
    <PreviewHostsContext value={approvedHosts}>
      <WidgetView parsed={parsed} texts={texts} />
    </PreviewHostsContext>,
  );
}

/** The innermost element whose whole text is `expected`, across the bdi and mark pieces. */
const whole = (expected: string | RegExp) => (_content: string, element: Element | null) => {
  const matches = (el: Element) =>
    typeof expected === 'string' ? el.textContent === expected : expected.test(el.textContent);
  return element !== null && matches(element) && ![...element.children].some(matches);
};

const card = (...children: unknown[]) => ({ type: 'Card', children });

describe('WidgetView', () => {
  it('labels the drawn widget and keeps titles out of the page outline', () => {
    draw(card({ type: 'Title', value: 'Refund request' }, { type: 'Text', value: 'Amount $42' }));
    const group = screen.getByRole('group', { name: 'Widget (as shown to the customer)' });
    expect(within(group).getByText('Refund request').closest('p')).toBeTruthy();
    expect(within(group).getByText('Amount $42')).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('draws a ListView as a list with one item per ListViewItem', () => {
    draw({
      type: 'ListView',
      limit: 1,
      status: { text: 'Your orders' },
      children: [
        { type: 'ListViewItem', children: [{ type: 'Text', value: 'First' }] },
        {
          type: 'ListViewItem',
          onClickAction: { type: 'open_order' },
          children: [{ type: 'Text', value: 'Second' }],
        },
      ],
    });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'First',
      'SecondRow · action: open_order',
    ]);
    expect(screen.getByText('Your orders')).toBeTruthy();
    expect(screen.getByText(/saw the first 1 of 2/)).toBeTruthy();
  });

  it('draws badges, captions, dividers, spacers and Markdown', () => {
    const { container } = draw(
      card(
        { type: 'Badge', label: 'Pending', color: 'warning' },
        { type: 'Divider' },
        { type: 'Spacer' },
        { type: 'Caption', value: 'Small print' },
        { type: 'Markdown', value: '**Bold** and [a link](javascript:alert(1))' },
      ),
    );
    expect(screen.getByText('Pending').closest('span[class*="rounded-full"]')).toBeTruthy();
    expect(container.querySelector('hr')).toBeTruthy();
    expect(screen.getByText('Small print')).toBeTruthy();
    expect(screen.getByText('Bold').tagName).toBe('STRONG');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('shows buttons inert, with their label and the action they would send', () => {
    const { container } = draw(
      card(
        {
          type: 'Form',
          onSubmitAction: { type: 'submit_refund' },
          children: [{ type: 'Button', label: 'Submit refund', submit: true }],
        },
        { type: 'Button', label: 'Track', onClickAction: { type: 'track', payload: { a: 1 } } },
        { type: 'Button', label: 'Nothing' },
      ),
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('button, form, [tabindex], [onclick]')).toBeNull();
    expect(screen.getByText('Submit refund')).toBeTruthy();
    expect(screen.getByText(whole('Submit button · action: submit_refund'))).toBeTruthy();
    expect(screen.getByText(whole('Button · action: track'))).toBeTruthy();
    expect(screen.getByText(whole('Button · no action'))).toBeTruthy();
  });

  it('shows form controls as the values they held, never as controls', () => {
    const { container } = draw(
      card(
        { type: 'Label', value: 'Email', fieldName: 'email' },
        { type: 'Input', name: 'email', defaultValue: 'maria@example.com' },
        { type: 'Textarea', name: 'note', placeholder: 'Anything else?' },
        { type: 'DatePicker', name: 'when', defaultValue: '2026-11-30' },
        { type: 'Checkbox', name: 'notify', label: 'Email me', defaultChecked: true },
        { type: 'Checkbox', name: 'terms', label: 'Accept terms' },
        {
          type: 'Select',
          name: 'reason',
          defaultValue: 'dup',
          options: [
            { value: 'dup', label: 'Duplicate charge' },
            { value: 'other', label: 'Other' },
          ],
        },
        {
          type: 'RadioGroup',
          name: 'speed',
          defaultValue: 'fast',
          options: [
            { value: 'slow', label: 'Standard' },
            { value: 'fast', label: 'Express' },
          ],
        },
      ),
    );
    expect(container.querySelector('input, textarea, select')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Email')).toBeTruthy();
    expect(screen.getByText('maria@example.com')).toBeTruthy();
    expect(screen.getByText(whole('Text field · email'))).toBeTruthy();
    expect(screen.getByText('Empty (placeholder “', { exact: false }).textContent).toBe(
      'Empty (placeholder “Anything else?”)',
    );
    expect(screen.getByText('2026-11-30')).toBeTruthy();
    expect(screen.getByText('Email me').closest('p')?.textContent).toBe('✓Checked:Email me');
    expect(screen.getByText('Accept terms').closest('p')?.textContent).toBe(
      'Not checked:Accept terms',
    );
    expect(screen.getByText('Duplicate charge')).toBeTruthy();
    expect(screen.getByText(/also offered/).textContent).toBe(
      'Choice · reason · also offered: Other',
    );
    expect(screen.getByText('Express').closest('li')?.textContent).toBe('●Express(selected)');
  });

  it('loads images from Threadline itself and approved hosts only', () => {
    const { container } = draw(
      card(
        { type: 'Image', src: '/demo-previews/shelf-0.png', alt: 'Shelf' },
        { type: 'Image', src: 'https://cdn.approved.example/p.jpg', alt: 'Approved' },
        { type: 'Image', src: 'https://tracker.example/pixel.png?u=1', alt: 'Tracked' },
        { type: 'Image', src: 'https://cdn.approved.example/logo.svg' },
      ),
      ['cdn.approved.example'],
    );
    const images = [...container.querySelectorAll('img')];
    expect(images.map((img) => [img.getAttribute('alt'), img.getAttribute('src')])).toEqual([
      ['Shelf', `${window.location.origin}/demo-previews/shelf-0.png`],
      ['Approved', 'https://cdn.approved.example/p.jpg'],
    ]);
    expect(images.every((img) => img.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
    const link = screen.getByRole('link', { name: /Open on tracker\.example/ });
    expect(link.getAttribute('href')).toBe('https://tracker.example/pixel.png?u=1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // An SVG is never drawn inline; without alt text it is called "Image".
    expect(screen.getByRole('link', { name: /Open on cdn\.approved\.example/ })).toBeTruthy();
    expect(screen.getByText('Image')).toBeTruthy();
  });

  it('keeps hostile props inert: no script URLs, styles or widget strings in attributes', () => {
    const hostile = 'x" onmouseover="alert(1)';
    const { container } = draw(
      card(
        { type: 'Image', src: 'javascript:alert(1)', alt: 'Bad' },
        { type: 'Image', src: 'data:image/png;base64,AAAA', alt: 'Data' },
        {
          type: 'Box',
          background: 'url(javascript:alert(1))',
          gap: '1px;position:fixed',
          padding: { x: 'expression(alert(1))' },
          radius: hostile,
          children: [
            { type: 'Text', value: '<img src=x onerror=alert(1)>', color: 'red; position: fixed' },
            { type: 'Badge', label: 'b', color: hostile, variant: hostile },
            { type: 'Title', value: 't', size: 'giant' },
          ],
        },
      ),
    );
    expect(container.querySelector('img, script, [style], a')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    const classes = [...container.querySelectorAll('[class]')].map((el) => el.className).join(' ');
    expect(classes).not.toMatch(/alert|position|fixed|giant|onmouseover|url\(/);
    expect(screen.getAllByText('Image not shown')).toHaveLength(2);
  });

  it('reveals invisible and bidirectional controls in widget strings', () => {
    draw(card({ type: 'Button', label: 'Pay\u202Eeht', onClickAction: { type: 'a\u200Bb' } }));
    expect(screen.getByText('Pay⟨U+202E⟩eht')).toBeTruthy();
    expect(screen.getByText('a⟨U+200B⟩b')).toBeTruthy();
  });

  it('keeps unknown components as text and names them', () => {
    draw(
      card(
        { type: 'Title', value: 'Spend' },
        { type: 'Chart', title: 'Monthly spend', data: [] },
        { type: 'Text', value: { nested: true } },
      ),
    );
    expect(screen.getByText('Monthly spend')).toBeTruthy();
    expect(screen.getByText(whole(/Chart is not drawn here/))).toBeTruthy();
    expect(screen.getByText(whole(/Text with props we cannot draw/))).toBeTruthy();
  });

  it('shows deeply nested and huge widgets as text, with a note', () => {
    let deep: unknown = { type: 'Text', value: 'deep text' };
    for (let i = 0; i < 21; i++) deep = { type: 'Col', children: [deep] };
    const { unmount } = draw(card({ type: 'Text', value: 'top' }, deep));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByText(/nests more than 20 levels/)).toBeTruthy();
    expect(screen.getByText('top')).toBeTruthy();
    unmount();
    draw(
      card(...Array.from({ length: 600 }, (_, i) => ({ type: 'Text', value: `t${String(i)}` }))),
    );
    expect(screen.getByText(/more than 500 components/)).toBeTruthy();
    expect(screen.getByText('t0')).toBeTruthy();
  });
});
