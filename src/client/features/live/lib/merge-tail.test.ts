import { describe, expect, it } from 'vitest';
import type { ItemsPage, ThreadItem, TranscriptEntry } from '@/shared/api-contract';
import { entryId } from '@/client/entities/thread/model/transcript-item';
import type { WindowPage } from '@/client/entities/thread/model/transcript-window';
import { makeItemsPage, makeUnknownEntry, makeUserMessage } from '@/client/testing/item-factories';
import { mergeTail, tailCursor, type ItemsData } from './merge-tail';

function items(...ids: string[]): ThreadItem[] {
  return ids.map((id) => makeUserMessage({ id }));
}

/** A tail answer (`order=asc&after=…`). */
function page(data: (ThreadItem | TranscriptEntry)[], hasMore = false): ItemsPage {
  return makeItemsPage(data, hasMore);
}

/** A loaded window page, oldest first. */
function windowPage(data: (ThreadItem | TranscriptEntry)[], hasNewer = false): WindowPage {
  return { data: makeItemsPage(data).data, hasOlder: false, hasNewer };
}

const idsOf = (p: { data: TranscriptEntry[] } | undefined) =>
  p?.data.map((entry) => entryId(entry));

function loaded(): ItemsData {
  return {
    pages: [windowPage(items('a', 'b'), true), windowPage(items('c', 'd'))],
    pageParams: [{ kind: 'start' }, { kind: 'newer', cursor: 'b' }],
  };
}

describe('tailCursor', () => {
  it('is the id of the newest loaded item', () => {
    expect(tailCursor(loaded())).toBe('d');
  });

  it('skips id-less items and empty pages, and is undefined for an empty thread', () => {
    const data: ItemsData = {
      pages: [windowPage(items('a')), windowPage([makeUnknownEntry({})])],
      pageParams: [{ kind: 'start' }, { kind: 'newer', cursor: 'a' }],
    };
    expect(tailCursor(data)).toBe('a');
    expect(
      tailCursor({ pages: [windowPage([])], pageParams: [{ kind: 'start' }] }),
    ).toBeUndefined();
  });
});

describe('mergeTail', () => {
  it('appends new items to the last page and keeps every existing object identical', () => {
    const before = loaded();
    const { data, added } = mergeTail(before, page(items('e', 'f')));
    expect(added).toBe(2);
    expect(data.pages.flatMap(idsOf)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(data.pages[0]).toBe(before.pages[0]);
    const [c, d] = before.pages[1]?.data ?? [];
    expect(data.pages[1]?.data[0]).toBe(c);
    expect(data.pages[1]?.data[1]).toBe(d);
    expect(data.pages[1]?.hasNewer).toBe(false);
    expect(data.pageParams).toBe(before.pageParams);
  });

  it('returns the same data when nothing is new', () => {
    const before = loaded();
    expect(mergeTail(before, page([]))).toEqual({ data: before, added: 0 });
    const again = mergeTail(before, page(items('c', 'd')));
    expect(again.data).toBe(before);
    expect(again.added).toBe(0);
  });

  it('ignores duplicates, both of loaded items and within the tail, and id-less items', () => {
    const tail = page([...items('d', 'e', 'e'), makeUnknownEntry({}), ...items('f')]);
    const { data, added } = mergeTail(loaded(), tail);
    expect(added).toBe(2);
    expect(idsOf(data.pages[1])).toEqual(['c', 'd', 'e', 'f']);
  });

  it('hands a tail with more behind it to the window, which loads the rest itself', () => {
    const { data } = mergeTail(loaded(), page(items('e', 'f'), true));
    expect(data.pages[1]?.hasNewer).toBe(true);
    expect(tailCursor(data)).toBe('f');
  });

  it('fills an empty thread', () => {
    const empty: ItemsData = { pages: [windowPage([])], pageParams: [{ kind: 'newest' }] };
    const { data, added } = mergeTail(empty, page(items('a')));
    expect(added).toBe(1);
    expect(idsOf(data.pages[0])).toEqual(['a']);
  });
});
