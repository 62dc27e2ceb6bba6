import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssistantMessage, makeOutputText } from '@/client/testing/item-factories';
import { AssistantMessage } from './assistant-message';

function renderText(text: string) {
  return render(
    <AssistantMessage item={makeAssistantMessage({ content: [makeOutputText({ text })] })} />,
  );
}

describe('AssistantMessage', () => {
  it('renders Markdown: emphasis, lists, code and safe links', () => {
    renderText(
      [
        '# Refund',
        'I **flagged** one charge. See [the policy](https://help.example.com/refunds).',
        '',
        '- first',
        '- second',
        '',
        '```',
        'const x = 1;',
        '```',
      ].join('\n'),
    );
    const card = screen.getByRole('article', { name: 'Assistant message' });
    expect(within(card).getByText('Refund')).toBeTruthy();
    expect(within(card).getByText('flagged').tagName).toBe('STRONG');
    expect(within(card).getAllByRole('listitem')).toHaveLength(2);
    expect(card.querySelector('pre code')?.textContent).toBe('const x = 1;\n');

    const link = within(card).getByRole('link', { name: /the policy/ });
    expect(link.getAttribute('href')).toBe('https://help.example.com/refunds');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps Markdown headings out of the page outline', () => {
    renderText('# Title\n\n## Sub');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Title')).toBeTruthy();
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox(1))',
    '<javascript:alert(1)>',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
  ])('renders %j without a dangerous link', (markdown) => {
    const { container } = renderText(markdown);
    for (const anchor of container.querySelectorAll('a')) {
      expect(anchor.getAttribute('href') ?? '').toMatch(/^(https?|mailto):/);
    }
    expect(container.querySelectorAll('a[href*="script:" i], a[href^="data:" i]')).toHaveLength(0);
  });

  it('renders an unsafe link as its text', () => {
    const { container } = renderText('Click [here](javascript:alert(1)) now');
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText(/Click/).textContent).toBe('Click here now');
  });

  it('shows raw HTML as inert text instead of creating elements', () => {
    const { container } = renderText(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil.example"></iframe> <b>bold</b>\n\n<div onclick="alert(3)">block</div>\n\n<!-- hidden -->',
    );
    for (const tag of ['script', 'img', 'iframe', 'b', 'div[onclick]', '[onerror]']) {
      expect(container.querySelector(tag)).toBeNull();
    }
    expect(screen.getByText(/^Hi /).textContent).toBe(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil.example"></iframe> <b>bold</b>',
    );
    expect(screen.getByText('<div onclick="alert(3)">block</div>')).toBeTruthy();
    expect(screen.getByText('<!-- hidden -->')).toBeTruthy();
  });

  it.each([
    ['an HTML block', '<svg onload=alert(1)>\n<script>alert(2)</script>\n</svg>'],
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['HTML inside a link', '[<img src=x onerror=alert(1)>](https://example.com)'],
    ['HTML inside emphasis', '**<iframe srcdoc="<script>alert(1)</script>">**'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['a data: image', '![x](data:image/svg+xml,<svg onload=alert(1)>)'],
    ['a reference-style data: image', '![x][d]\n\n[d]: data:image/png;base64,AAAA'],
    ['a reference-style javascript: link', '[x][j] and [j]\n\n[j]: javascript:alert(1)'],
    ['an image in a javascript: link', '[![x](https://e.example/a.png)](javascript:alert(1))'],
  ])('renders %s inert', (_name, markdown) => {
    const { container } = renderText(markdown);
    // The card's own icon is an <svg>; nothing else in the card may be markup from the message.
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(container.querySelectorAll('script, img, iframe, [onerror], [onload]')).toHaveLength(0);
    expect(container.querySelectorAll('a[href*="script:" i], a[href^="data:" i]')).toHaveLength(0);
    expect(container.innerHTML).not.toMatch(/<(script|img|iframe)\b|<svg onload/i);
  });

  it('renders a reference-style link through SafeLink', () => {
    renderText('See [the policy][p].\n\n[p]: https://help.example.com/refunds "Refunds"');
    const link = screen.getByRole('link', { name: /the policy/ });
    expect(link.getAttribute('href')).toBe('https://help.example.com/refunds');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps list numbering, nesting and block quotes', () => {
    const { container } = renderText('3. three\n4. four\n   - nested\n\n> quoted *note*');
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(container.querySelector('ol li ul li')?.textContent).toBe('nested');
    expect(container.querySelector('blockquote em')?.textContent).toBe('note');
  });

  it('hides no text the compiler would drop: comments, mid-line definitions, front matter', () => {
    const { container } = renderText(
      '---\ntitle: x\n---\nStatus [pending]: waiting on the bank <!-- note -->',
    );
    expect(container.textContent).toContain('title: x');
    expect(container.textContent).toContain('Status [pending]: waiting on the bank <!-- note -->');
  });

  it('links `[x](url)` instead of reading a task box, and draws tables', () => {
    const { container } = renderText('[x](https://a.example/)\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(screen.getByRole('link', { name: /x/ }).getAttribute('href')).toBe('https://a.example/');
    expect(container.querySelectorAll('table td')).toHaveLength(2);
  });

  it('never loads Markdown images, showing their alt text instead', () => {
    const { container } = renderText(
      '![receipt scan](https://evil.example/track.png) and ![](data:image/png;base64,AAAA)',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('[Image: receipt scan]')).toBeTruthy();
    expect(screen.getByText('[Image: no description]')).toBeTruthy();
  });

  it('lists de-duplicated sources, with unsafe URLs as plain text', () => {
    render(
      <AssistantMessage
        item={makeAssistantMessage({
          content: [
            makeOutputText({
              text: 'See sources.',
              annotations: [
                { type: 'url', source: { type: 'url', url: 'https://help.example.com/refunds' } },
                { type: 'url', source: { type: 'url', url: 'https://help.example.com/refunds' } },
                { type: 'file', source: { type: 'file', filename: 'refund-policy.pdf' } },
                { type: 'file', source: { type: 'file', filename: 'refund-policy.pdf' } },
                { type: 'url', source: { type: 'url', url: 'javascript:alert(1)' } },
              ],
            }),
          ],
        })}
      />,
    );
    const sources = screen.getByRole('list', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(3);
    expect(within(sources).getAllByRole('link')).toHaveLength(1);
    expect(
      within(sources)
        .getByRole('link', { name: /help\.example\.com/ })
        .getAttribute('href'),
    ).toBe('https://help.example.com/refunds');
    expect(within(sources).getByText('refund-policy.pdf')).toBeTruthy();
    expect(within(sources).getByText('javascript:alert(1)').closest('a')).toBeNull();
  });

  it('renders several segments in order', () => {
    render(
      <AssistantMessage
        item={makeAssistantMessage({
          content: [
            makeOutputText({ text: 'First part' }),
            makeOutputText({ text: 'Second part' }),
          ],
        })}
      />,
    );
    const first = screen.getByText('First part');
    expect(first.compareDocumentPosition(screen.getByText('Second part'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it.each([[[]], [[makeOutputText({ text: '' })]], [[makeOutputText({ text: '  ' })]]])(
    'marks an empty message %#',
    (content) => {
      render(<AssistantMessage item={makeAssistantMessage({ content })} />);
      expect(screen.getByText('(empty message)')).toBeTruthy();
    },
  );

  it('clips very long answers', () => {
    renderText(`${'word '.repeat(2000)}FINAL`);
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
    expect(screen.queryByText(/FINAL/)).toBeNull();
  });
});
