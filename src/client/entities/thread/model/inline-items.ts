import { normalizeItem, type TranscriptItem } from './normalize-item';

/**
 * The API reference's example retrieve response carries an `items` page that the typed schema
 * lacks (chatkit-api.md §5). When present and well-formed its items belong to the transcript:
 * they paint before `/items` answers, and they stay when `/items` adds nothing.
 */
export function inlineItems(thread: unknown): unknown[] | undefined {
  if (typeof thread !== 'object' || thread === null || !('items' in thread)) return undefined;
  const page = thread.items;
  if (typeof page !== 'object' || page === null || !('data' in page)) return undefined;
  return Array.isArray(page.data) ? (page.data as unknown[]) : undefined;
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
}

// Keyed by the thread object, which react-query keeps identical while the thread is unchanged.
const inlineEntriesOf = new WeakMap<object, TranscriptItem[]>();

/**
 * The inline items as transcript rows, without duplicates. Rows without an ID get keys of their
 * own (`inline-N`) so they can never collide with a paged row's position-based key.
 */
export function inlineEntries(thread: unknown): TranscriptItem[] | undefined {
  const raws = inlineItems(thread);
  if (raws === undefined || typeof thread !== 'object' || thread === null) return undefined;
  const cached = inlineEntriesOf.get(thread);
  if (cached) return cached;
  const seen = new Set<string>();
  const entries: TranscriptItem[] = [];
  raws.forEach((raw, index) => {
    const id = idOf(raw);
    if (id !== undefined && seen.has(id)) return;
    if (id !== undefined) seen.add(id);
    const entry = normalizeItem(raw, index);
    entries.push(id === undefined ? { ...entry, key: `inline-${String(index)}` } : entry);
  });
  inlineEntriesOf.set(thread, entries);
  return entries;
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

/** A transcript row's item ID, when the API gave it one. */
export function entryId(entry: TranscriptItem): string | undefined {
  if (entry.kind === 'item') return entry.item.id === '' ? undefined : entry.item.id;
  return idOf(entry.unknown.raw);
}

/** A raw item's ID, for merging the untouched objects (the JSON export). */
export const rawItemId = idOf;
