import type { TranscriptItem } from './transcript-item';

/** The shareable address of one item: the thread page with the item ID as the fragment. */
export function itemLink(origin: string, threadId: string, itemId: string): string {
  return `${origin}/threads/${encodeURIComponent(threadId)}#${encodeURIComponent(itemId)}`;
}

/** The item ID a location hash points at, or null for no (or an unreadable) fragment. */
export function itemIdFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The API's ID of an entry, or null when the item came without one (it then gets no link). */
export function itemIdOf(entry: TranscriptItem): string | null {
  if (entry.kind === 'item') return entry.item.id === '' ? null : entry.item.id;
  const raw = entry.unknown.raw;
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
}
