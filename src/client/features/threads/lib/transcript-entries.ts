import { normalizeItem, type TranscriptItem } from './normalize-item';

// Keyed by the raw item object: react-query keeps unchanged objects identical across refetches,
// so an item is normalized once and its entry stays the same object (memoized rows don't re-render).
const normalized = new WeakMap<object, TranscriptItem>();

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
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
    if (typeof raw !== 'object' || raw === null) {
      entries.push(normalizeItem(raw, index));
      return;
    }
    let entry = normalized.get(raw);
    if (!entry) {
      entry = normalizeItem(raw, index);
      normalized.set(raw, entry);
    }
    entries.push(entry);
  });
  return entries;
}
