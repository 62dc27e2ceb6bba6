/** Steps an axis may count in: 1, 2, 5, 10, 20, 50… */
const STEPS = [1, 2, 5] as const;

/**
 * The top of a count axis and its gridlines: the smallest "nice" value at or above `max`,
 * divided into at most `lines` equal steps, so every line is a round number ("0, 50, 100").
 */
export function countAxis(max: number, lines = 4): { top: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { top: 1, ticks: [0, 1] };
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of STEPS) {
      const size = step * magnitude;
      if (size * lines >= max) {
        const count = Math.ceil(max / size);
        return { top: size * count, ticks: Array.from({ length: count + 1 }, (_, i) => i * size) };
      }
    }
  }
}

/** "Nov 24" for an ISO day ("2026-11-24"), read as the UTC day it names. */
export function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
