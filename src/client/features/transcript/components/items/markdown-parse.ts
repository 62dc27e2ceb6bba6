import type { ReactNode } from 'react';
import { normalizeQuery } from '@/client/lib/text-match';
import { markMatches } from './markdown-marks';
import { compileMarkdown } from './markdown-render';

interface CompiledMarkdown {
  plain: ReactNode;
  lower?: string;
  /** The last find query that matched this text, and the elements with its matches marked. */
  query?: string;
  marked?: ReactNode;
}

// Bounded by entries and by source size, so a 10,000-item thread scrolled end to end keeps
// only the recently seen messages. Map order is insertion order: the first key is the oldest.
const MAX_ENTRIES = 500;
const MAX_CHARS = 4_000_000;
const cache = new Map<string, CompiledMarkdown>();
let cachedChars = 0;

function entryFor(text: string): CompiledMarkdown {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const entry: CompiledMarkdown = { plain: compileMarkdown(text) };
  cache.set(text, entry);
  cachedChars += text.length;
  for (const oldest of cache.keys()) {
    if (cache.size <= MAX_ENTRIES && cachedChars <= MAX_CHARS) break;
    if (oldest === text) break;
    cache.delete(oldest);
    cachedChars -= oldest.length;
  }
  return entry;
}

/**
 * The React elements of `text`, compiled once: a message scrolled out of the virtualized
 * transcript and back reuses them, and so does every find query. A query the text contains
 * marks its matches in a copy of those elements, kept until the next such query. Callers must
 * not mutate the result.
 */
export function compiledMarkdown(text: string, query: string): ReactNode {
  const entry = entryFor(text);
  const needle = normalizeQuery(query);
  if (needle === '') return entry.plain;
  if (entry.query !== needle) {
    entry.lower ??= text.toLowerCase();
    if (!entry.lower.includes(needle)) return entry.plain;
    entry.marked = markMatches(entry.plain, needle);
    entry.query = needle;
  }
  return entry.marked;
}
