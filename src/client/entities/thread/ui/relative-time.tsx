import { describeTime } from '../model/format-time';

/** "3 days ago", with the exact local and UTC times in the tooltip. */
export function RelativeTime({ seconds }: { seconds: unknown }) {
  const time = describeTime(seconds);
  if (!time) return <span className="italic">Unknown time</span>;
  return (
    <time dateTime={time.iso} title={`${time.local} (${time.utc})`}>
      {time.relative}
    </time>
  );
}
