import { describeDay } from '@/client/entities/thread/model/format-time';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { TimeZoneChoice } from '@/client/features/transcript/components/items/time-zone-context';

function createdAtOf(entry: TranscriptItem): unknown {
  return entry.kind === 'item' ? entry.item.created_at : entry.unknown.createdAt;
}

/**
 * The marker above each row: the day when it changes from the previous item's ("Tue, Nov 24,
 * 2026"), the idle gap when one passed ("2 h later"), both, or nothing. Rows show a compact clock
 * time only, so the first item and every change of day carry the date here. Days are read in the
 * chosen clock (local or UTC); items without a usable time neither start a day nor end one.
 */
export function rowLabels(
  entries: readonly TranscriptItem[],
  gaps: readonly (string | undefined)[],
  zone: TimeZoneChoice,
  locale?: string,
): (string | undefined)[] {
  const options = { locale, timeZone: zone === 'utc' ? 'UTC' : undefined };
  let previousDay: string | null = null;
  return entries.map((entry, index) => {
    const gap = gaps[index];
    const day = describeDay(createdAtOf(entry), options);
    if (!day || day.key === previousDay) return gap;
    previousDay = day.key;
    return gap === undefined ? day.label : `${day.label} · ${gap}`;
  });
}
