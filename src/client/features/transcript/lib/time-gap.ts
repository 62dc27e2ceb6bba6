import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

/** Pauses longer than this get a marker: a reviewer should notice the customer came back later. */
export const GAP_MARKER_SECONDS = 30 * 60;

/** "45 min later", "2 h 15 min later", "3 d 4 h later". */
export function formatGap(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${String(minutes)} min later`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${String(hours)} h later` : `${String(hours)} h ${String(rest)} min later`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0
    ? `${String(days)} d later`
    : `${String(days)} d ${String(restHours)} h later`;
}

function createdAtOf(entry: TranscriptItem): number {
  const seconds = entry.kind === 'item' ? entry.item.created_at : entry.unknown.createdAt;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * For each entry, the gap label to show above it, or undefined. Items without a usable time are
 * skipped over rather than compared, so one missing time does not invent or hide a gap.
 */
export function gapLabels(entries: readonly TranscriptItem[]): (string | undefined)[] {
  let previous = 0;
  return entries.map((entry) => {
    const time = createdAtOf(entry);
    if (time === 0) return undefined;
    const gap = previous === 0 ? 0 : time - previous;
    previous = time;
    return gap > GAP_MARKER_SECONDS ? formatGap(gap) : undefined;
  });
}
