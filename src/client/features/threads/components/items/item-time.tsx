import { describeTime } from '../../lib/format-time';

const timeClass = 'text-xs whitespace-nowrap text-slate-600 dark:text-slate-400';

/**
 * Items are often seconds apart, so rows show the local clock time ("Nov 24, 2:05:03 PM");
 * the relative and UTC times are in the tooltip.
 */
export function ItemTime({ seconds }: { seconds: unknown }) {
  const time = describeTime(seconds);
  if (!time) return <span className={timeClass}>Unknown time</span>;
  return (
    <time
      dateTime={time.iso}
      title={`${time.relative} · ${time.local} · ${time.utc}`}
      className={timeClass}
    >
      {time.short}
    </time>
  );
}
