import type { ThreadStatus } from '@/shared/api-contract';
import type { StatusKind } from '@/client/entities/thread/model/read-status';
import { statusWords } from '@/client/entities/thread/model/status-words';
import { cn } from '@/client/lib/cn';

const tone: Record<StatusKind, string> = {
  locked:
    'border-amber-300 bg-status-locked-bg text-status-locked dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
  closed:
    'border-slate-300 bg-status-closed-bg text-status-closed dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
  active:
    'border-emerald-300 bg-status-active-bg text-status-active dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  unknown:
    'border-dashed border-slate-400 bg-white text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200',
};

export const statusDot: Record<StatusKind, string> = {
  locked: 'bg-amber-600 dark:bg-amber-400',
  closed: 'bg-slate-500 dark:bg-slate-400',
  active: 'bg-emerald-600 dark:bg-emerald-400',
  unknown: 'border border-slate-500',
};

/** The rail's answer to "can the customer still write?", with the reason under it. */
export function StatusSummary({ status }: { status: ThreadStatus }) {
  const words = statusWords(status);
  return (
    <div className={cn('flex min-w-0 gap-2.5 rounded-xl border px-3.5 py-3', tone[words.kind])}>
      <span
        aria-hidden="true"
        className={cn('mt-1.5 size-2.5 shrink-0 rounded-full', statusDot[words.kind])}
      />
      <p className="flex min-w-0 flex-col gap-0.5 [overflow-wrap:break-word]">
        <span className="text-sm leading-snug font-semibold">{words.state}</span>
        {words.reason !== null && (
          <span className={cn('text-sm', !words.reasonGiven && 'italic opacity-90')}>
            <span className="sr-only"> · Reason: </span>
            {words.reason}
          </span>
        )}
      </p>
    </div>
  );
}
