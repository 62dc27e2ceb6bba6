import type { ItemsPage, TranscriptEntry } from '@/shared/api-contract';
import { entryId } from './transcript-item';

/**
 * Where a thread's transcript starts loading. The items API pages by cursor, so a transcript is
 * loaded as one contiguous window that grows outwards from its anchor: the start (reading an
 * active conversation), the newest page (an escalation is read from the end), or one item (an
 * item link), whatever the item's position in the thread.
 */
export type WindowAnchor =
  { kind: 'start' } | { kind: 'newest' } | { kind: 'item'; itemId: string };

/** One request of the window: its anchor, or a page further out on either side. */
export type WindowParam = WindowAnchor | { kind: 'older' | 'newer'; cursor: string };

/** One page of the window, always oldest first, and whether the thread goes on past it. */
export interface WindowPage {
  data: TranscriptEntry[];
  hasOlder: boolean;
  hasNewer: boolean;
  /** For an item anchor: whether the item was in the thread at all. */
  target?: 'found' | 'missing';
}

/** The window's first request: its anchor, typed as any of its requests. */
export function firstParam(anchor: WindowAnchor): WindowParam {
  return anchor;
}

export function anchorKey(anchor: WindowAnchor): string {
  return anchor.kind === 'item' ? `item:${anchor.itemId}` : anchor.kind;
}

/** A page read in reading order (`order=asc`); `hasOlder` is what the request implies. */
export function fromAscPage(page: ItemsPage, hasOlder: boolean): WindowPage {
  return { data: page.data, hasOlder, hasNewer: page.has_more };
}

/** A page read newest first (`order=desc`), turned into reading order. */
export function fromDescPage(page: ItemsPage, hasNewer: boolean): WindowPage {
  return { data: [...page.data].reverse(), hasOlder: page.has_more, hasNewer };
}

function firstId(entries: readonly TranscriptEntry[]): string | undefined {
  for (const entry of entries) {
    const id = entryId(entry);
    if (id !== undefined) return id;
  }
  return undefined;
}

function lastId(entries: readonly TranscriptEntry[]): string | undefined {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    const id = entry && entryId(entry);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * Item `X` and its neighbours from two answers (chatkit-api.md §1, "Loading around one item"):
 * `newer` is `order=asc&after=X`, `olderWithTarget` is `order=desc&after=<X's successor>`, whose
 * first item should be `X`. When it is not, `X` is not in this thread.
 */
export function aroundPage(
  itemId: string,
  newer: ItemsPage,
  olderWithTarget: ItemsPage,
): WindowPage {
  const older = fromDescPage(olderWithTarget, true);
  const found = lastId(older.data) === itemId;
  return {
    data: [...older.data, ...newer.data],
    hasOlder: older.hasOlder,
    hasNewer: newer.has_more,
    target: found ? 'found' : 'missing',
  };
}

/** The newest page as an item anchor's answer: `X` was the newest item, or is not there. */
export function newestAsAround(itemId: string, newest: ItemsPage): WindowPage {
  const page = fromDescPage(newest, false);
  const found = page.data.some((entry) => entryId(entry) === itemId);
  return { ...page, target: found ? 'found' : 'missing' };
}

/** Cursors that repeat, or an upstream that never ends, stop the window from growing. */
export const MAX_WINDOW_PAGES = 500;

/** The page before the window's first, or undefined when the start is reached (or unreachable). */
export function olderParam(
  first: WindowPage,
  allPages: readonly WindowPage[],
  seen: readonly WindowParam[],
): WindowParam | undefined {
  if (!first.hasOlder || allPages.length >= MAX_WINDOW_PAGES) return undefined;
  const cursor = firstId(first.data);
  if (cursor === undefined) return undefined;
  if (seen.some((param) => param.kind === 'older' && param.cursor === cursor)) return undefined;
  return { kind: 'older', cursor };
}

/** The page after the window's last, or undefined when the end is reached (or unreachable). */
export function newerParam(
  last: WindowPage,
  allPages: readonly WindowPage[],
  seen: readonly WindowParam[],
): WindowParam | undefined {
  if (!last.hasNewer || allPages.length >= MAX_WINDOW_PAGES) return undefined;
  const cursor = lastId(last.data);
  if (cursor === undefined) return undefined;
  if (seen.some((param) => param.kind === 'newer' && param.cursor === cursor)) return undefined;
  return { kind: 'newer', cursor };
}

/** The window's pages, oldest first, as the plain pages exports and merges take. */
export function windowEntries(pages: readonly WindowPage[]): TranscriptEntry[] {
  return pages.flatMap((page) => page.data);
}
