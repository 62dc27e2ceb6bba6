import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAttachment, makeUserMessage } from '@/client/testing/item-factories';
import { UserMessage } from './user-message';

describe('UserMessage', () => {
  it('renders text and quotes in order, keeping line breaks', () => {
    render(
      <UserMessage
        item={makeUserMessage({
          content: [
            { type: 'quoted_text', text: 'Your card was charged $42.00.' },
            { type: 'input_text', text: 'Line one\nLine two' },
          ],
        })}
      />,
    );
    const card = screen.getByRole('article', { name: 'Customer message' });
    const quote = card.querySelector('blockquote');
    expect(quote?.textContent).toBe('Your card was charged $42.00.');
    const text = within(card).getByText(/Line one/);
    expect(text.textContent).toBe('Line one\nLine two');
    expect(text.className).toContain('whitespace-pre-wrap');
    // Quote first, then the message, as sent.
    expect(quote?.compareDocumentPosition(text)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it.each([
    [[]],
    [[{ type: 'input_text' as const, text: '  \n ' }]],
    [[{ type: 'input_text' as const, text: '' }]],
  ])('marks an empty message %#', (content) => {
    render(<UserMessage item={makeUserMessage({ content })} />);
    expect(screen.getByText('(empty message)')).toBeTruthy();
  });

  it('does not call an attachment-only message empty', () => {
    render(
      <UserMessage item={makeUserMessage({ content: [], attachments: [makeAttachment()] })} />,
    );
    expect(screen.queryByText('(empty message)')).toBeNull();
    expect(screen.getByRole('list', { name: 'Attachments' })).toBeTruthy();
  });

  it('renders hostile markup as literal text', () => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';
    const { container } = render(
      <UserMessage item={makeUserMessage({ content: [{ type: 'input_text', text: hostile }] })} />,
    );
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows inference options when set', () => {
    render(
      <UserMessage
        item={makeUserMessage({
          inference_options: { model: 'gpt-5', tool_choice: { id: 'lookup' } },
        })}
      />,
    );
    expect(screen.getByText('Model: gpt-5 · Tool: lookup')).toBeTruthy();
  });

  it('clips a very long message', () => {
    render(
      <UserMessage
        item={makeUserMessage({ content: [{ type: 'input_text', text: 'x'.repeat(50_000) }] })}
      />,
    );
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
  });
});
