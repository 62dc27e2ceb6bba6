import type { IndexStatusBody } from '@/shared/api-contract';
import { indexFreshness } from '../model/index-freshness';

let seconds: Intl.DateTimeFormat | undefined;

/** "14:02:11" in the agent's locale and zone: the index moves every 30 s, so seconds matter. */
function clockOf(value: number): string {
  const date = new Date(value * 1000);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  seconds ??= new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return seconds.format(date);
}

/** The index's size and age, e.g. "12,431 threads indexed · updated 14:02:11". */
export function IndexFreshnessNote({ status }: { status: IndexStatusBody }) {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">{indexFreshness(status, clockOf)}</p>
  );
}
