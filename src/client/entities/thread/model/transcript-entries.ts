import type { TranscriptEntry } from '@/shared/api-contract';
import { entryId, toTranscriptItem, type TranscriptItem } from './transcript-item';

// Keyed by the served entry object: react-query keeps unchanged objects identical across
// refetches, so an entry's row stays the same object (memoized rows don't re-render).
const rows = new WeakMap<TranscriptEntry, TranscriptItem>();

// Keyed by the page object, which react-query also keeps identical: when page 57 arrives, pages
// 1–56 cost one lookup each instead of one per item.
const pageRows = new WeakMap<object, TranscriptItem[]>();

function rowOf(entry: TranscriptEntry, index: number): TranscriptItem {
  let row = rows.get(entry);
  if (!row) {
    row = toTranscriptItem(entry, `index-${String(index)}`);
    rows.set(entry, row);
  }
  return row;
}

/** Served entries in API order → transcript rows, without duplicates across overlapping pages. */
export function toTranscriptEntries(entries: readonly TranscriptEntry[]): TranscriptItem[] {
  const seen = new Set<string>();
  const result: TranscriptItem[] = [];
  entries.forEach((entry, index) => {
    const id = entryId(entry);
    if (id !== undefined) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    result.push(rowOf(entry, index));
  });
  return result;
}

/**
 * Every page's rows in order, without duplicates. Each page is mapped once; a page arriving
 * later costs its own entries plus one pass of key lookups.
 */
export function entriesOfPages(
  pages: readonly { data: readonly TranscriptEntry[] }[],
): TranscriptItem[] {
  const seen = new Set<string>();
  const result: TranscriptItem[] = [];
  let offset = 0;
  for (const page of pages) {
    let own = pageRows.get(page);
    if (!own) {
      const start = offset;
      own = page.data.map((entry, index) => rowOf(entry, start + index));
      pageRows.set(page, own);
    }
    offset += page.data.length;
    for (const row of own) {
      if (seen.has(row.key)) continue;
      seen.add(row.key);
      result.push(row);
    }
  }
  return result;
}
