import { cn } from '@/client/lib/cn';
import type { TranscriptProgress as Progress } from '@/client/entities/thread/model/transcript-progress';

/** Visible, and announced politely, while background pages arrive. */
export function TranscriptProgress({ progress }: { progress: Progress }) {
  const count = `${progress.loaded.toLocaleString()} ${progress.loaded === 1 ? 'item' : 'items'}`;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {progress.complete ? count : `Loading transcript… ${count} so far`}
      </p>
      {/* Kept (invisible) once complete: the list below must not move under a reader. */}
      <div
        aria-hidden="true"
        className={cn(
          'h-1 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800',
          progress.complete && 'invisible',
        )}
      >
        {!progress.complete && (
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
