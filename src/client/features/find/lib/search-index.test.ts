import { describe, expect, it } from 'vitest';
import {
  asEntries,
  makeAttachment,
  makeClientToolCall,
  makeTask,
  makeTaskGroup,
  makeUserMessage,
  makeWidget,
} from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { countOccurrences, splitMatches } from '@/client/lib/text-match';
import { findInEntries, searchTextOf } from './search-index';

describe('searchTextOf', () => {
  it('covers message and quoted text, attachment names, tools, tasks and widget text', () => {
    const entries = toTranscriptEntries(
      asEntries([
        makeUserMessage({
          content: [
            { type: 'quoted_text', text: 'Quoted INV-8812' },
            { type: 'input_text', text: 'Typed text' },
          ],
          attachments: [makeAttachment({ name: 'statement-nov.png' })],
        }),
        makeClientToolCall({
          name: 'lookup_order',
          arguments: '{"order":"A-1"}',
          output: '"OUT-9"',
        }),
        makeTask({ heading: 'Heading H', summary: 'Summary S' }),
        makeTaskGroup(),
        makeWidget(),
      ]),
    );
    const texts = entries.map(searchTextOf);
    expect(texts[0]).toContain('quoted inv-8812');
    expect(texts[0]).toContain('typed text');
    expect(texts[0]).toContain('statement-nov.png');
    expect(texts[1]).toContain('lookup_order');
    expect(texts[1]).toContain('"order":"a-1"');
    expect(texts[1]).toContain('out-9');
    expect(texts[2]).toContain('heading h');
    expect(texts[2]).toContain('summary s');
    expect(texts[4]).toContain('refund requested: $42.00');
    // Widget structure is not text the customer read.
    expect(texts[4]).not.toContain('card');
  });

  it('is computed once per entry', () => {
    const [entry] = toTranscriptEntries(asEntries([makeUserMessage()]));
    if (!entry) throw new Error('no entry');
    expect(searchTextOf(entry)).toBe(searchTextOf(entry));
  });
});

describe('findInEntries', () => {
  const entries = toTranscriptEntries(
    asEntries([
      makeUserMessage({ content: [{ type: 'input_text', text: 'Order A-1023, again a-1023' }] }),
      makeUserMessage({ content: [{ type: 'input_text', text: 'Nothing here' }] }),
      makeClientToolCall({ arguments: '{"order_id":"A-1023"}', output: null }),
    ]),
  );

  it('counts every occurrence case-insensitively with a trimmed query, in transcript order', () => {
    const { matches, keys } = findInEntries(entries, '  A-1023 ');
    expect(matches.map((match) => [match.index, match.occurrence])).toEqual([
      [0, 0],
      [0, 1],
      [2, 0],
    ]);
    expect([...keys]).toEqual([entries[0]?.key, entries[2]?.key]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findInEntries(entries, '   ').matches).toEqual([]);
  });

  it('searches 10,000 items in well under 200 ms', () => {
    const many = toTranscriptEntries(
      asEntries(
        Array.from({ length: 10_000 }, (_, index) =>
          makeUserMessage({
            id: `cthi_perf${String(index)}`,
            content: [{ type: 'input_text', text: `Message ${String(index)} `.repeat(40) }],
          }),
        ),
      ),
    );
    findInEntries(many, 'warm up the index');
    const start = performance.now();
    const { matches } = findInEntries(many, 'message 9999 ');
    expect(performance.now() - start).toBeLessThan(200);
    expect(matches.length).toBe(40);
  });
});

describe('countOccurrences and splitMatches', () => {
  it('counts non-overlapping occurrences', () => {
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });

  it('splits text into plain and matching parts, keeping the original case', () => {
    expect(splitMatches('Order A-1023 and a-1023.', 'a-1023')).toEqual([
      'Order ',
      'A-1023',
      ' and ',
      'a-1023',
      '.',
    ]);
    expect(splitMatches('no match', 'xyz')).toEqual(['no match']);
    expect(splitMatches('text', '')).toEqual(['text']);
  });
});
