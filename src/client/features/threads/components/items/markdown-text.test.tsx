import { render } from '@testing-library/react';
import * as mdast from 'mdast-util-from-markdown';
import { describe, expect, it, vi } from 'vitest';
import { makeAssistantMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from '../../lib/transcript-entries';
import { parseMarkdown } from './markdown-parse';
import { MarkdownText } from './markdown-text';
import { RowContext, type RowView } from './row-context';

vi.mock('mdast-util-from-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof mdast>();
  return { ...actual, fromMarkdown: vi.fn(actual.fromMarkdown) };
});

const parser = vi.mocked(mdast.fromMarkdown);

function renderRow(text: string, query: string) {
  const [entry] = toTranscriptEntries([makeAssistantMessage()]);
  if (!entry) throw new Error('no entry');
  const view: RowView = { entry, threadId: 'cthr_t', query, target: false, current: false };
  return (
    <RowContext value={view}>
      <MarkdownText text={text} />
    </RowContext>
  );
}

describe('MarkdownText parsing', () => {
  it('parses a message once across find queries, unmounting and remounting', () => {
    const text = 'Refund **A-1023** issued.\n\n```\nA-1023\n```';
    parser.mockClear();
    const view = render(renderRow(text, ''));
    view.rerender(renderRow(text, 'a-1023'));
    expect([...view.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'A-1023',
      'A-1023',
    ]);
    view.rerender(renderRow(text, 'issued'));
    view.rerender(renderRow(text, ''));
    expect(view.container.querySelector('mark')).toBeNull();
    // A virtualized row scrolled out of view unmounts, then mounts again on the way back.
    view.unmount();
    const again = render(renderRow(text, 'refund'));
    expect(again.container.querySelector('strong')?.textContent).toBe('A-1023');
    expect(parser).toHaveBeenCalledTimes(1);

    again.rerender(renderRow(`${text}\n\nMore.`, 'refund'));
    expect(parser).toHaveBeenCalledTimes(2);
  });

  it('keeps a bounded number of parsed messages, dropping the least recently used', () => {
    parseMarkdown('first message');
    parser.mockClear();
    for (let i = 0; i < 499; i++) parseMarkdown(`filler ${String(i)}`);
    parseMarkdown('first message');
    expect(parser).toHaveBeenCalledTimes(499);
    parseMarkdown('one more');
    parseMarkdown('filler 0');
    expect(parser).toHaveBeenCalledTimes(501);
    parseMarkdown('first message');
    expect(parser).toHaveBeenCalledTimes(501);
  });
});
