import type { ThreadDetail } from '@/shared/api-contract';
import { entryId, toTranscriptItem, type TranscriptItem } from './transcript-item';

// Keyed by the detail object, which react-query keeps identical while the thread is unchanged.
const inlineRowsOf = new WeakMap<ThreadDetail, TranscriptItem[]>();

/**
 * The items the retrieve answer carried inline (the API reference's example shape, chatkit-api.md
 * §5) as transcript rows, without duplicates; undefined when it carried none. They paint before
 * `/items` answers and stay when `/items` adds nothing. Rows without an ID get keys of their own
 * (`inline-N`) so they never collide with a paged row's position-based key.
 */
export function inlineEntries(detail: ThreadDetail | undefined): TranscriptItem[] | undefined {
  if (!detail?.inline_items) return undefined;
  const cached = inlineRowsOf.get(detail);
  if (cached) return cached;
  const seen = new Set<string>();
  const rows: TranscriptItem[] = [];
  detail.inline_items.forEach((entry, index) => {
    const id = entryId(entry);
    if (id !== undefined && seen.has(id)) return;
    if (id !== undefined) seen.add(id);
    rows.push(toTranscriptItem(entry, `inline-${String(index)}`));
  });
  inlineRowsOf.set(detail, rows);
  return rows;
}

/**
 * Inline items merged into the paged ones by ID, both orders kept: an inline item the pages
 * lack goes just before the next inline item the pages hold (or at the end when none follows),
 * and an item both hold appears once, as paged (the fresher copy). Inline items without an ID
 * cannot be matched, so they count only while the pages hold nothing.
 */
export function mergeInline<T>(
  inline: readonly T[] | undefined,
  paged: readonly T[] | undefined,
  idOf: (value: T) => string | undefined,
): readonly T[] | undefined {
  if (!paged) return inline;
  if (!inline || inline.length === 0) return paged;
  if (paged.length === 0) return inline;
  const pagedIds = new Set(paged.map(idOf));
  const waiting: T[] = [];
  // Each inline item the pages also hold collects the missing inline items before it.
  const before = new Map<string, T[]>();
  for (const value of inline) {
    const id = idOf(value);
    if (id === undefined) continue;
    if (!pagedIds.has(id)) waiting.push(value);
    else if (waiting.length > 0) before.set(id, waiting.splice(0));
  }
  if (before.size === 0 && waiting.length === 0) return paged;
  const merged: T[] = [];
  for (const value of paged) {
    const id = idOf(value);
    const missing = id === undefined ? undefined : before.get(id);
    if (missing) merged.push(...missing);
    merged.push(value);
  }
  merged.push(...waiting);
  return merged;
}
