import type { Definition, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface ParsedMarkdown {
  root: Root;
  /** Link reference definitions by upper-cased identifier; the first one wins, as in CommonMark. */
  definitions: ReadonlyMap<string, Definition>;
}

// Bounded by entries and by source size, so a 10,000-item thread scrolled end to end keeps
// only the recently seen messages. Map order is insertion order: the first key is the oldest.
const MAX_ENTRIES = 500;
const MAX_CHARS = 4_000_000;
const cache = new Map<string, ParsedMarkdown>();
let cachedChars = 0;

function prepare(node: Nodes, definitions: Map<string, Definition>): void {
  // Positions are a third of a tree's objects and nothing here reads them.
  delete node.position;
  if (node.type === 'definition') {
    const id = node.identifier.toUpperCase();
    if (!definitions.has(id)) definitions.set(id, node);
  }
  if ('children' in node) for (const child of node.children) prepare(child, definitions);
}

function parse(text: string): ParsedMarkdown {
  // CommonMark only, no extensions: raw HTML arrives as inert `html` nodes holding its source.
  const root = fromMarkdown(text);
  const definitions = new Map<string, Definition>();
  prepare(root, definitions);
  return { root, definitions };
}

/**
 * The Markdown tree of `text`, parsed once: a message scrolled out of the virtualized transcript
 * and back, or re-rendered for a new find query, reuses the tree. Callers must not mutate it.
 */
export function parseMarkdown(text: string): ParsedMarkdown {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const parsed = parse(text);
  cache.set(text, parsed);
  cachedChars += text.length;
  for (const oldest of cache.keys()) {
    if (cache.size <= MAX_ENTRIES && cachedChars <= MAX_CHARS) break;
    if (oldest === text) break;
    cache.delete(oldest);
    cachedChars -= oldest.length;
  }
  return parsed;
}
