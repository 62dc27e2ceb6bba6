/**
 * Where the newest items (shown after "Jump to latest") meet the part still loading from the
 * start. It goes away by itself when the two parts meet.
 */
export function PendingMarker({ loaded }: { loaded: number }) {
  return (
    <div
      role="note"
      aria-label="Earlier items still loading"
      className="flex flex-col items-center gap-1 rounded-lg border border-dashed border-slate-400 px-4 py-3 text-center text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300"
    >
      <span className="inline-flex items-center gap-2 font-medium">
        <span
          aria-hidden="true"
          className="size-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent motion-reduce:animate-none"
        />
        Earlier items are still loading
      </span>
      <span>
        {loaded.toLocaleString()} loaded from the start so far; the rest appear here as they arrive.
        Below are the newest items.
      </span>
    </div>
  );
}
