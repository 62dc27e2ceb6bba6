import { describeTime } from '../../lib/format-time';

const timeClass = 'text-xs whitespace-nowrap text-slate-600 dark:text-slate-400';

/** Relative creation time; the exact local and UTC times are in the tooltip. */
export function ItemTime({ seconds }: { seconds: unknown }) {
  const time = describeTime(seconds);
  if (!time) return <span className={timeClass}>Unknown time</span>;
  return (
    <time dateTime={time.iso} title={`${time.local} (${time.utc})`} className={timeClass}>
      {time.relative}
    </time>
  );
}
