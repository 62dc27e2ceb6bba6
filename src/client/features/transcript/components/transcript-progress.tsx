import { cn } from '@/client/lib/cn';
import type { TranscriptProgress as Progress } from '@/client/entities/thread/model/transcript-progress';

function summary(progress: Progress): string {
  const count = `${progress.loaded.toLocaleString()} ${progress.loaded === 1 ? 'item' : 'items'}`;
  if (progress.complete) return count;
  if (!progress.hasOlder && !progress.hasNewer) return `Loading transcript… ${count} so far`;
  const more =
    progress.hasOlder && progress.hasNewer
      ? 'earlier and later items'
      : progress.hasOlder
        ? 'earlier items'
        : 'later items';
  return `${count} loaded · ${more} load as you scroll`;
}

/** How much of the transcript is here, announced politely as pages arrive. */
export function TranscriptProgress({ progress }: { progress: Progress }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {summary(progress)}
      </p>
      {/* Always there (invisible when idle): the list below must not move under a reader. */}
      <div
        aria-hidden="true"
        className={cn(
          'h-1 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800',
          !progress.loading && 'invisible',
        )}
      >
        {progress.loading && (
          <div className="h-full w-1/3 animate-pulse rounded bg-sky-600 dark:bg-sky-400" />
        )}
      </div>
      {progress.truncated && (
        <p className="text-amber-800 dark:text-amber-200">
          The API reported more items but gave no way to fetch them: this transcript may be
          incomplete.
        </p>
      )}
    </div>
  );
}
