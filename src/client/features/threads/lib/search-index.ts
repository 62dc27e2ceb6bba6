import type { ThreadItem } from '@/shared/api-contract';
import { safeStringify } from './json-text';
import type { TranscriptItem } from './normalize-item';
import { readWidget } from './widget-text';

// Entries keep their identity across renders and refetches (see transcript-entries.ts), so each
// item's text is gathered and lower-cased once, however often the query changes.
const index = new WeakMap<TranscriptItem, string>();

function textsOf(item: ThreadItem): string[] {
  switch (item.type) {
    case 'chatkit.user_message':
      return [
        ...item.content.map((part) => part.text),
        ...item.attachments.map((attachment) => attachment.name),
      ];
    case 'chatkit.assistant_message':
      return item.content.map((segment) => segment.text);
    case 'chatkit.client_tool_call':
      return [item.name, item.arguments, item.output ?? ''];
    case 'chatkit.task':
      return [item.heading ?? '', item.summary ?? ''];
    case 'chatkit.task_group':
      return item.tasks.flatMap((task) => [task.heading ?? '', task.summary ?? '']);
    case 'chatkit.widget':
      return readWidget(item.widget).texts;
    default:
      return [];
  }
}

/** The searchable text of one entry, lower-cased; parts are separated so matches never span two. */
export function searchTextOf(entry: TranscriptItem): string {
  let text = index.get(entry);
  if (text === undefined) {
    const parts =
      entry.kind === 'item'
        ? textsOf(entry.item)
        : [entry.unknown.type, safeStringify(entry.unknown.raw)];
    text = parts.join('\n\u0000\n').toLowerCase();
    index.set(entry, text);
  }
  return text;
}

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
