import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '@/shared/api-contract';
import {
  asEntries,
  asEntry,
  makeAssistantMessage,
  makeUnknownEntry,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { entriesOfPages, toTranscriptEntries } from './transcript-entries';

describe('toTranscriptEntries', () => {
  it('drops an item repeated by an overlapping page, keeping API order', () => {
    const first = makeUserMessage({ id: 'cthi_a' });
    const second = makeAssistantMessage({ id: 'cthi_b' });
    const entries = toTranscriptEntries(asEntries([first, second, { ...second }]));
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_a', 'cthi_b']);
  });

  it('returns the same row object for the same served entry, so rows are not re-rendered', () => {
    const entry = asEntry(makeUserMessage({ id: 'cthi_same' }));
    const [before] = toTranscriptEntries([entry]);
    const [after] = toTranscriptEntries([entry, asEntry(makeAssistantMessage({ id: 'cthi_new' }))]);
    expect(after).toBe(before);
  });

  it('keeps entries without an id apart, by position', () => {
    const entries = toTranscriptEntries([
      asEntry(makeUserMessage({ id: '' })),
      makeUnknownEntry('garbage', 'string'),
    ]);
    expect(entries.map((entry) => entry.key)).toEqual(['index-0', 'index-1']);
  });

  it('shows an item exactly as upstream sent it, whether or not the server repaired it', () => {
    const item = makeUserMessage({ id: 'cthi_raw' });
    const repaired: TranscriptEntry = {
      kind: 'item',
      item,
      raw: { id: 'cthi_raw', type: 'user_message' },
    };
    const [untouched, fixed] = toTranscriptEntries([asEntry(item), { ...repaired }]).concat(
      toTranscriptEntries([repaired]),
    );
    expect(untouched?.kind === 'item' && untouched.raw).toBe(item);
    expect(fixed?.kind === 'item' && fixed.raw).toEqual({ id: 'cthi_raw', type: 'user_message' });
  });
});

describe('entriesOfPages', () => {
  /** A page whose items are mapped at most once: `map` calls on its data are counted. */
  function page(from: number, count: number, mapped: { count: number }) {
    const data = asEntries(
      Array.from({ length: count }, (_, i) => makeUserMessage({ id: `cthi_${String(from + i)}` })),
    );
    const map = data.map.bind(data);
    Object.defineProperty(data, 'map', {
      value: (...args: Parameters<typeof map>) => {
        mapped.count += 1;
        return map(...args);
      },
    });
    return { data };
  }

  it('maps each page once and keeps rows identical as pages arrive', () => {
    const mapped = { count: 0 };
    const pages = Array.from({ length: 100 }, (_, p) => page(p * 100, 100, mapped));
    let before = entriesOfPages(pages.slice(0, 1));
    for (let loaded = 2; loaded <= pages.length; loaded++) {
      const after = entriesOfPages(pages.slice(0, loaded));
      expect(after.slice(0, before.length).every((row, index) => row === before[index])).toBe(true);
      before = after;
    }
    expect(before).toHaveLength(10_000);
    expect(mapped.count).toBe(100);
  });

  it('drops items repeated across pages and keeps id-less entries apart', () => {
    const odd = () => makeUnknownEntry({ type: 'chatkit.end_of_turn' }, 'chatkit.end_of_turn');
    const entries = entriesOfPages([
      { data: [asEntry(makeUserMessage({ id: 'cthi_a' })), odd()] },
      { data: [asEntry(makeUserMessage({ id: 'cthi_a' })), odd()] },
    ]);
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_a', 'index-1', 'index-3']);
  });
});
