import { SEARCH_MAX_LENGTH } from '@/shared/list-params';

/** Longest search input taken (the list's search box's own limit), and the most words used. */
export const SEARCH_MAX_CHARS = SEARCH_MAX_LENGTH;
const MAX_WORDS = 8;
const MAX_WORD_CHARS = 64;

/**
 * Text reduced to lower-case runs of letters and digits without accents, which both full-text
 * engines index alike ("José.Gómez@example.com" → jose gomez example com). Stored per thread,
 * and applied to what an agent searches for, so no quote, operator or wildcard of either
 * engine's query language ever reaches it: a search is a conjunction of word prefixes.
 * Punctuation alone is no search at all.
 */
function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of what an agent typed, as many as a search uses. */
export function searchWords(text: string): string[] {
  return words(text.slice(0, SEARCH_MAX_CHARS))
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_CHARS));
}

/** The stored search text of a thread: its title and user as words. */
export function searchTextOf(title: string | null, user: string | null): string {
  return words(`${title ?? ''} ${user ?? ''}`).join(' ');
}

/** FTS5 query: every word as a quoted prefix, all required. Words are letters and digits only. */
export function sqliteMatchQuery(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/** to_tsquery('simple', …): every word as a prefix, all required. Letters and digits only. */
export function postgresTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}
