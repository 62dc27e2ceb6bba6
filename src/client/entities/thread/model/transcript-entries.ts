import { normalizeItem, type TranscriptItem } from './normalize-item';

// Keyed by the raw item object: react-query keeps unchanged objects identical across refetches,
// so an item is normalized once and its entry stays the same object (memoized rows don't re-render).
const normalized = new WeakMap<object, TranscriptItem>();

// Keyed by the page object, which react-query also keeps identical: when page 57 arrives, pages
// 1–56 cost one lookup each instead of one per item.
const pageEntries = new WeakMap<object, TranscriptItem[]>();

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
}

function entryOf(raw: unknown, index: number): TranscriptItem {
  if (typeof raw !== 'object' || raw === null) return normalizeItem(raw, index);
  let entry = normalized.get(raw);
  if (!entry) {
    entry = normalizeItem(raw, index);
    normalized.set(raw, entry);
  }
  return entry;
}

/** Raw items in API order → transcript entries, without duplicates across overlapping pages. */
export function toTranscriptEntries(raws: readonly unknown[]): TranscriptItem[] {
  const seen = new Set<string>();
  const entries: TranscriptItem[] = [];
  raws.forEach((raw, index) => {
    const id = idOf(raw);
    if (id !== undefined) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    entries.push(entryOf(raw, index));
  });
  return entries;
}

/**
 * Every page's entries in order, without duplicates. Each page is normalized once; a page
 * arriving later costs its own items plus one pass of key lookups, never a re-normalization.
 */
export function entriesOfPages(pages: readonly { data: readonly unknown[] }[]): TranscriptItem[] {
  const seen = new Set<string>();
  const entries: TranscriptItem[] = [];
  let offset = 0;
  for (const page of pages) {
    let own = pageEntries.get(page);
    if (!own) {
      const start = offset;
      own = page.data.map((raw, index) => entryOf(raw, start + index));
      pageEntries.set(page, own);
    }
    offset += page.data.length;
    for (const entry of own) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      entries.push(entry);
    }
  }
  return entries;
}
