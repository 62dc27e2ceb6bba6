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

  it('skips raw HTML instead of creating elements', () => {
    const { container } = renderText(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil.example"></iframe> <b>bold</b>\n\n<div onclick="alert(3)">block</div>',
    );
    for (const tag of ['script', 'img', 'iframe', 'b', 'div[onclick]']) {
      expect(container.querySelector(tag)).toBeNull();
    }
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
