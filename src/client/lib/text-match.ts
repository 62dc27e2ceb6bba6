// How find matches text, shared by the renderers (marks) and the search index (counts).

/** The query as matched: trimmed and lower-cased; '' means "no search". */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** Non-overlapping occurrences of `needle` (already normalized) in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    count++;
  }
  return count;
}

export interface FindMatch {
  /** Index of the entry in the list that was searched. */
  index: number;
  key: string;
  /** Which occurrence inside that entry, from 0. */
  occurrence: number;
}

export interface FindResult {
  /** Every occurrence in transcript order: "n of N" walks this list. */
  matches: FindMatch[];
  /** Keys of the entries with at least one match, so only those rows re-render. */
  keys: ReadonlySet<string>;
}

export const noMatches: FindResult = { matches: [], keys: new Set() };

/** Splits `text` into alternating plain and matching parts (odd indexes match), case-insensitively. */
export function splitMatches(text: string, query: string): string[] {
  const needle = normalizeQuery(query);
  if (needle === '') return [text];
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters (İ); then fall back to no highlight.
  if (lower.length !== text.length) return [text];
  const parts: string[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    parts.push(text.slice(from, at), text.slice(at, at + needle.length));
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return parts;
}
