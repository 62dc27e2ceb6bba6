import { cn } from '@/client/lib/cn';
import type { StatusKind, ThreadStatusView } from '../model/read-status';

const tone: Record<StatusKind, string> = {
  active:
    'border-emerald-300 bg-status-active-bg text-status-active dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
  locked:
    'border-amber-300 bg-status-locked-bg text-status-locked dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
  closed:
    'border-slate-300 bg-status-closed-bg text-status-closed dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200',
  unknown:
    'border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300',
};

const dot: Record<StatusKind, string> = {
  active: 'bg-emerald-600 dark:bg-emerald-400',
  locked: 'bg-amber-600 dark:bg-amber-400',
  closed: 'bg-slate-500 dark:bg-slate-400',
  unknown: 'bg-transparent border border-slate-500',
};

export function ThreadStatusBadge({ status }: { status: ThreadStatusView }) {
  return (
    <span className="inline-flex max-w-full min-w-0 flex-wrap items-center gap-2">
      <span
        className={cn(
          'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium',
          tone[status.kind],
        )}
      >
        <span aria-hidden="true" className={cn('size-2 rounded-full', dot[status.kind])} />
        {status.label}
      </span>
      {status.reason && (
        <span className="min-w-0 text-sm [overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
          <span className="sr-only">Reason: </span>
          {status.reason}
        </span>
      )}
    </span>
  );
}
