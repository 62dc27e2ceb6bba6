import type { LiveState } from '../hooks/use-live-tail';

/** "Live" while an active thread is polled, plus a polite region announcing new items. */
export function LiveIndicator({ live }: { live: LiveState }) {
  return (
    <span className="inline-flex items-center gap-2 text-xs">
      {live.polling && (
        <span className="inline-flex items-center gap-1.5 rounded-full border border-emerald-300 bg-status-active-bg px-2 py-0.5 font-medium text-status-active dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200">
          <span
            aria-hidden="true"
            className="size-2 rounded-full bg-emerald-600 motion-safe:animate-pulse dark:bg-emerald-400"
          />
          <span>Live</span>
          <span className="sr-only">Updates every 15 seconds while this tab is visible</span>
        </span>
      )}
      <span role="status" aria-live="polite" className="text-slate-600 dark:text-slate-400">
        {live.announcement}
      </span>
    </span>
  );
}
