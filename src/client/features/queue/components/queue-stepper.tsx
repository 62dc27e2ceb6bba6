import { secondaryButton } from '@/client/components/ui/button-styles';
import { cn } from '@/client/lib/cn';
import { useListPosition } from '../hooks/use-list-position';
import { useStepKeys } from '../hooks/use-step-keys';

const step =
  'gap-2 aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:text-slate-600 dark:aria-disabled:text-slate-400';
const kbd =
  'rounded border border-slate-300 px-1 font-mono text-xs text-slate-600 dark:border-slate-600 dark:text-slate-300';

/**
 * "Previous" / "Next in queue (2 of 14)" on a thread opened from a list (the queue, a triage
 * board), with `[` and `]`. Threads other agents have claimed are passed by and not counted; the
 * line says how many. Renders nothing for a thread opened any other way.
 */
export function QueueStepper({ threadId }: { threadId: string }) {
  const { context, position, go } = useListPosition(threadId);
  useStepKeys((direction) => {
    if (position) go(direction === 1 ? position.next : position.previous);
  });
  if (!context || !position) return null;
  const { index, total, previous, next } = position;
  const skipped = context.ids.length - total;

  return (
    <nav
      aria-label={`Threads in ${context.label}`}
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm"
    >
      <button
        type="button"
        // Not `disabled`: focus would drop to the page when the first or last thread is reached.
        aria-disabled={previous === null}
        onClick={() => go(previous)}
        aria-keyshortcuts="["
        className={cn(secondaryButton, step)}
      >
        Previous{' '}
        <kbd aria-hidden="true" className={kbd}>
          [
        </kbd>
      </button>
      <button
        type="button"
        aria-disabled={next === null}
        onClick={() => go(next)}
        aria-keyshortcuts="]"
        className={cn(secondaryButton, step)}
      >
        Next in queue{' '}
        <kbd aria-hidden="true" className={kbd}>
          ]
        </kbd>
      </button>
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {index} of {total}
        <span className="text-slate-600 dark:text-slate-400">
          {' · '}
          {context.label}
          {skipped > 0 && ` · skipping ${String(skipped)} claimed by others`}
        </span>
      </p>
    </nav>
  );
}
