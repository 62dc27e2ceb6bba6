import {
  countOccurrences,
  noMatches,
  normalizeQuery,
  type FindMatch,
  type FindResult,
} from '@/client/lib/text-match';
import { findFields } from '@/client/entities/thread/model/item-text';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

// Entries keep their identity across renders and refetches (see transcript-entries.ts), so each
// item's text is gathered and lower-cased once, however often the query changes.
const index = new WeakMap<TranscriptItem, string>();

/** The searchable text of one entry, lower-cased; parts are separated so matches never span two. */
export function searchTextOf(entry: TranscriptItem): string {
  let text = index.get(entry);
  if (text === undefined) {
    text = findFields(entry).join('\n\u0000\n').toLowerCase();
    index.set(entry, text);
  }
  return text;
}

/** Case-insensitive search over every entry's text. */
export function findInEntries(entries: readonly TranscriptItem[], query: string): FindResult {
  const needle = normalizeQuery(query);
  if (needle === '') return noMatches;
  const matches: FindMatch[] = [];
  const keys = new Set<string>();
  entries.forEach((entry, entryIndex) => {
    const count = countOccurrences(searchTextOf(entry), needle);
    if (count === 0) return;
    keys.add(entry.key);
    for (let occurrence = 0; occurrence < count; occurrence++) {
      matches.push({ index: entryIndex, key: entry.key, occurrence });
    }
  });
  return { matches, keys };
}
