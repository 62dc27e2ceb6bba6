import type { ThreadItem } from '@/shared/api-contract';
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  asEntry,
  makeAssistantMessage,
  makeAttachment,
  makeClientToolCall,
  makeTaskGroup,
  makeUserMessage,
  makeWidget,
} from '@/client/testing/item-factories';
import { findFields } from '@/client/entities/thread/model/item-text';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { countOccurrences } from '@/client/lib/text-match';
import { TranscriptRow } from './transcript-row';

function entryOf(raw: ThreadItem) {
  const [entry] = toTranscriptEntries([asEntry(raw)]);
  if (!entry) throw new Error('no entry');
  return entry;
}

function row(raw: ThreadItem, query: string, occurrence: number) {
  return (
    <TranscriptRow
      entry={entryOf(raw)}
      threadId="cthr_t"
      query={query}
      target={false}
      occurrence={occurrence}
      reveal={null}
      onRevealed={() => undefined}
      gap={undefined}
    />
  );
}

const currentIndex = (container: HTMLElement) =>
  [...container.querySelectorAll('mark')].findIndex((mark) => mark.hasAttribute('data-current'));

const items = [
  [
    'a customer message: quoted and typed parts, then attachment names',
    makeUserMessage({
      content: [
        { type: 'quoted_text', text: 'Order A-1023?' },
        { type: 'input_text', text: 'Yes, a-1023, charged twice: A-1023 and A-1023.' },
      ],
      attachments: [makeAttachment({ name: 'a-1023-receipt.png' })],
    }),
  ],
  [
    'a tool call: name, then arguments and output (collapsed)',
    makeClientToolCall({
      name: 'refund_a-1023',
      arguments: '{"order":"A-1023","note":"a-1023 again"}',
      output: '"A-1023 refunded"',
    }),
  ],
  [
    'assistant Markdown in two segments',
    makeAssistantMessage({
      content: [
        { type: 'output_text', text: '**A-1023** and `a-1023`', annotations: [] },
        { type: 'output_text', text: 'See [A-1023](https://example.com/refund).', annotations: [] },
      ],
    }),
  ],
  [
    'a task group: each task’s heading and summary',
    makeTaskGroup({
      tasks: [
        { type: 'custom', heading: 'Find A-1023', summary: 'A-1023 found' },
        { type: 'custom', heading: null, summary: 'Refunded a-1023' },
      ],
    }),
  ],
  [
    'a widget’s texts',
    makeWidget({
      widget: JSON.stringify({
        type: 'Card',
        children: [
          { type: 'Title', value: 'Refund A-1023' },
          { type: 'Text', value: 'A-1023: $42' },
          { type: 'Caption', value: 'Ref a-1023' },
        ],
      }),
    }),
  ],
] as const;

describe('the current find match', () => {
  it.each(items)('is the mark find counts as current in %s', (_name, raw) => {
    const total = findFields(entryOf(raw)).reduce(
      (sum, text) => sum + countOccurrences(text.toLowerCase(), 'a-1023'),
      0,
    );
    expect(total).toBeGreaterThan(2);
    const view = render(row(raw, 'A-1023', 0));
    // A widget's JSON shows its matches too, after its texts, but find does not count them.
    expect(view.container.querySelectorAll('mark').length).toBeGreaterThanOrEqual(total);
    for (let occurrence = 0; occurrence < total; occurrence++) {
      view.rerender(row(raw, 'A-1023', occurrence));
      expect(currentIndex(view.container)).toBe(occurrence);
      expect(view.container.querySelectorAll('mark[data-current]')).toHaveLength(1);
    }
  });

  it('opens the collapsed tool-call section that holds it, which the reader can close again', () => {
    const call = makeClientToolCall({ arguments: '{"order":"A-1"}', output: '"A-1 refunded"' });
    const view = render(row(call, 'a-1', -1));
    const [args, output] = view.container.querySelectorAll('details');
    if (!args || !output) throw new Error('no sections');
    expect([args.open, output.open]).toEqual([false, false]);

    view.rerender(row(call, 'a-1', 0));
    expect([args.open, output.open]).toEqual([true, false]);
    expect(args.querySelector('mark[data-current]')?.textContent).toBe('A-1');

    args.open = false;
    fireEvent(args, new Event('toggle'));
    view.rerender(row(call, 'a-1', 0));
    expect(args.open).toBe(false);

    view.rerender(row(call, 'a-1', 1));
    expect([args.open, output.open]).toEqual([false, true]);
    expect(output.querySelector('mark[data-current]')?.textContent).toBe('A-1');
  });

  it('is in no other row, and no mark is current without one', () => {
    const view = render(row(makeUserMessage(), 'a-1023', -1));
    expect(view.container.querySelector('mark')).not.toBeNull();
    expect(view.container.querySelector('mark[data-current]')).toBeNull();
  });
});
