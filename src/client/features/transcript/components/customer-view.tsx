import { useId } from 'react';
import type { ThreadStatus } from '@/shared/api-contract';
import type { StatusKind } from '@/client/entities/thread/model/read-status';
import { statusWords } from '@/client/entities/thread/model/status-words';
import { cn } from '@/client/lib/cn';

const tone: Record<StatusKind, string> = {
  locked: 'border-amber-300 dark:border-amber-800',
  closed: 'border-slate-300 dark:border-slate-600',
  active: 'border-emerald-300 dark:border-emerald-800',
  unknown: 'border-dashed border-slate-400 dark:border-slate-500',
};

const dot: Record<StatusKind, string> = {
  locked: 'bg-amber-600 dark:bg-amber-400',
  closed: 'bg-slate-500 dark:bg-slate-400',
  active: 'bg-emerald-600 dark:bg-emerald-400',
  unknown: 'border border-slate-500',
};

/**
 * Ends the transcript with what the customer is left with, in words: whether they can still write
 * and why not. Deliberately not a picture of ChatKit's composer: a text box and a Send button in
 * our own tool would read as a reply box.
 */
export function CustomerView({ status }: { status: ThreadStatus }) {
  const headingId = useId();
  const words = statusWords(status);
  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        'flex min-w-0 flex-col items-center gap-1 rounded-xl border-2 px-4 py-3 text-center text-sm',
        tone[words.kind],
      )}
    >
      <h3
        id={headingId}
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        <span aria-hidden="true">End of thread · </span>What the customer sees
      </h3>
      <p className="flex min-w-0 items-baseline gap-2 font-medium [overflow-wrap:break-word] text-slate-900 dark:text-slate-100">
        <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full', dot[words.kind])} />
        <span className="min-w-0">
          {words.state}
          {words.reason !== null && (
            <>
              {' '}
              <span
                className={cn(
                  'font-normal text-slate-700 dark:text-slate-300',
                  !words.reasonGiven && 'italic',
                )}
              >
                ({words.reason})
              </span>
            </>
          )}
        </span>
      </p>
    </section>
  );
}
