import type { ThreadItem, TranscriptEntry } from '@/shared/api-contract';
import { safeStringify } from './json-text';

/** An item the server could not serve typed: shown as a neutral card with its raw JSON. */
export interface UnknownThreadItem {
  /** The type as sent, e.g. "chatkit.generated_image"; describes non-objects ("null", "array"). */
  type: string;
  raw: unknown;
  /** Unix seconds, when the item carried a usable `created_at`. */
  createdAt?: number;
}

/**
 * One transcript row: a served entry with the key React and the reading tools know it by.
 * `item` is SDK-shaped and complete (the server is the validation boundary; `created_at` is 0
 * when the API sent no usable time); `raw` is the item exactly as upstream sent it.
 */
export type TranscriptItem =
  | { kind: 'item'; key: string; item: ThreadItem; omitted: readonly string[]; raw: unknown }
  | { kind: 'unknown'; key: string; unknown: UnknownThreadItem };

/** A served entry's item ID, when upstream gave it one. */
export function entryId(entry: TranscriptEntry): string | undefined {
  const id = entry.kind === 'item' ? entry.item.id : entry.id;
  return id === null || id === '' ? undefined : id;
}

const NO_OMISSIONS: readonly string[] = [];

/**
 * The row for one served entry. Entries without an ID get `fallbackKey` (their position), so
 * two of them never share a React key.
 */
export function toTranscriptItem(entry: TranscriptEntry, fallbackKey: string): TranscriptItem {
  const key = entryId(entry) ?? fallbackKey;
  if (entry.kind === 'item') {
    const { item, omitted = NO_OMISSIONS } = entry;
    // Absent `raw` means the served item is exactly what upstream sent.
    return { kind: 'item', key, item, omitted, raw: 'raw' in entry ? entry.raw : item };
  }
  const unknown: UnknownThreadItem = { type: entry.type, raw: entry.raw };
  if (entry.created_at !== null && entry.created_at > 0) unknown.createdAt = entry.created_at;
  return { kind: 'unknown', key, unknown };
}

/** A row's item ID, when upstream gave it one. */
export function rowId(row: TranscriptItem): string | undefined {
  if (row.kind === 'item') return row.item.id === '' ? undefined : row.item.id;
  const { raw } = row.unknown;
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
}

/** The item exactly as the API sent it, for "Raw JSON" panels and error fallbacks. */
export function rawJsonOf(row: TranscriptItem): string {
  return safeStringify(row.kind === 'item' ? row.raw : row.unknown.raw);
}
