import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

export interface MergedTranscript {
  entries: readonly TranscriptItem[];
  /**
   * Index of the first newest-page entry while items between it and the loaded part are still
   * missing (the transcript marks the gap there); null once the two parts meet.
   */
  pendingAt: number | null;
}

/**
 * The items loaded in reading order, followed by the newest page where it goes beyond them.
 * Reading order wins for an item both hold (it was fetched later, so it is the fresher copy);
 * once the loaded part reaches any newest item, the rest follow on without a gap.
 */
export function mergeNewest(
  loaded: readonly TranscriptItem[],
  newest: readonly TranscriptItem[] | undefined,
): MergedTranscript {
  if (!newest || newest.length === 0) return { entries: loaded, pendingAt: null };
  const keys = new Set(loaded.map((entry) => entry.key));
  const beyond = newest.filter((entry) => !keys.has(entry.key));
  if (beyond.length === 0) return { entries: loaded, pendingAt: null };
  const met = beyond.length < newest.length;
  return { entries: [...loaded, ...beyond], pendingAt: met ? null : loaded.length };
}
