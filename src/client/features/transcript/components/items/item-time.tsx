import { use } from 'react';
import { describeTime } from '@/client/entities/thread/model/format-time';
import { TimeZoneContext } from './time-zone-context';

const timeClass = 'text-xs whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400';

/**
 * A compact clock time ("2:05 PM"), local or UTC as chosen in the view controls; the date is on
 * the day separator above the first item of each day. The full date, time to the second and zone
 * are in the tooltip and the accessible name, with the relative time and, for local times, UTC.
 */
export function ItemTime({ seconds }: { seconds: unknown }) {
  const zone = use(TimeZoneContext);
  const time = describeTime(seconds, zone === 'utc' ? { timeZone: 'UTC' } : {});
  if (!time) return <span className={timeClass}>Unknown time</span>;
  const full =
    zone === 'utc'
      ? `${time.full} (${time.relative})`
      : `${time.full} (${time.relative}; ${time.utc})`;
  return (
    <time dateTime={time.iso} title={full} aria-label={full} className={timeClass}>
      {zone === 'utc' ? `${time.clock} UTC` : time.clock}
    </time>
  );
}
