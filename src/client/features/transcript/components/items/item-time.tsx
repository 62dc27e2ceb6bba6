import { use } from 'react';
import { describeTime } from '@/client/entities/thread/model/format-time';
import { TimeZoneContext } from './time-zone-context';

const timeClass = 'text-xs whitespace-nowrap text-slate-600 dark:text-slate-400';

/**
 * Items are often seconds apart, so rows show a clock time ("Nov 24, 2:05:03 PM"), local or UTC
 * as chosen in the view controls; the relative and both exact times are in the tooltip.
 */
export function ItemTime({ seconds }: { seconds: unknown }) {
  const zone = use(TimeZoneContext);
  const time = describeTime(seconds, zone === 'utc' ? { timeZone: 'UTC' } : {});
  if (!time) return <span className={timeClass}>Unknown time</span>;
  return (
    <time
      dateTime={time.iso}
      title={`${time.relative} · ${time.local} · ${time.utc}`}
      className={timeClass}
    >
      {zone === 'utc' ? `${time.short} UTC` : time.short}
    </time>
  );
}
