import type { TranscriptEntry } from '@/shared/api-contract';
import { parseSdkItem } from './item-schemas';
import { repairItem } from './item-repair';
import { describeKind, isRecord, readUnixSeconds } from './untrusted-json';

function unknownEntry(raw: unknown, type: string): TranscriptEntry {
  const record = isRecord(raw) ? raw : {};
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : null;
  const createdAt = readUnixSeconds(record.created_at);
  return { kind: 'unknown', id, type, created_at: createdAt > 0 ? createdAt : null, raw };
}

function entryOf(raw: unknown): TranscriptEntry {
  const strict = parseSdkItem(raw);
  if (strict) return { kind: 'item', item: strict };
  const repaired = isRecord(raw) ? repairItem(raw) : undefined;
  if (!repaired) return unknownEntry(raw, describeKind(raw));
  const { item, omitted } = repaired;
  return omitted.length > 0 ? { kind: 'item', item, omitted, raw } : { kind: 'item', item, raw };
}

/**
 * One element of an items page as a transcript entry. An item in the SDK's exact shape is served
 * as it came; one that is not is repaired into that shape and served with its original JSON; an
 * element of no known kind becomes an `unknown` entry. Never throws: one bad item must not cost
 * the agent the rest of the page.
 */
export function toTranscriptEntry(raw: unknown): TranscriptEntry {
  try {
    return entryOf(raw);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; upstream JSON cannot.
    return { kind: 'unknown', id: null, type: 'unreadable', created_at: null, raw: null };
  }
}
