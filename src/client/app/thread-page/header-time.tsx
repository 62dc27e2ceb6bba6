import { useId } from 'react';
import { describeTime } from '@/client/entities/thread/model/format-time';

/** Relative time, with the exact local and UTC times on hover and on keyboard focus. */
export function HeaderTime({ seconds }: { seconds: unknown }) {
  const tipId = useId();
  const time = describeTime(seconds);
  if (!time) return <span className="text-slate-600 italic dark:text-slate-400">Unknown time</span>;
  return (
    <span className="group relative inline-block">
      <time
        dateTime={time.iso}
        // Focusable so keyboard users can reach the exact times, as mouse users do by hovering.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-describedby={tipId}
        className="cursor-help rounded underline decoration-slate-400 decoration-dotted underline-offset-4 dark:decoration-slate-500"
      >
        {time.relative}
      </time>
      {/* Wraps within the rail (16rem); not laid out at all until shown, so it cannot widen a phone's page. */}
      <span
        id={tipId}
        role="tooltip"
        className="absolute top-full left-0 z-10 mt-1 hidden w-max max-w-[min(16rem,80vw)] rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-lg group-focus-within:block group-hover:block dark:bg-slate-100 dark:text-slate-900"
      >
        <span className="block">Local: {time.local}</span>
        <span className="block">UTC: {time.utc}</span>
      </span>
    </span>
  );
}
