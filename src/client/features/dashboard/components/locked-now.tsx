import { Link } from 'wouter';
import type { IndexOverviewBody } from '@/shared/api-contract';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readTitle } from '@/client/entities/thread/model/thread-facts';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';

const number = new Intl.NumberFormat('en');

/** The two figures a lead checks first: how many wait now, and who has waited longest. */
export function LockedNow({ overview }: { overview: IndexOverviewBody }) {
  const oldest = overview.oldest_locked;
  const reason = oldest ? readStatus(oldest.status).reason : null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section
        aria-labelledby="dashboard-locked-now"
        className="flex flex-col gap-1 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2
          id="dashboard-locked-now"
          className="text-sm font-medium text-slate-600 dark:text-slate-400"
        >
          Locked now
        </h2>
        <p className="text-3xl font-semibold tabular-nums">{number.format(overview.locked)}</p>
        <Link
          to="/threads?status=locked"
          className="w-fit text-sm font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
        >
          Open the escalation queue
        </Link>
      </section>
      <section
        aria-labelledby="dashboard-oldest-locked"
        className="flex min-w-0 flex-col gap-1 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2
          id="dashboard-oldest-locked"
          className="text-sm font-medium text-slate-600 dark:text-slate-400"
        >
          Oldest locked thread
        </h2>
        {oldest ? (
          <>
            <Link
              to={`/threads/${oldest.id}`}
              className="w-fit font-medium [overflow-wrap:anywhere] text-sky-800 underline underline-offset-2 dark:text-sky-300"
            >
              {readTitle(oldest) ?? 'Untitled thread'}
            </Link>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Created <RelativeTime seconds={oldest.created_at} />
              {' · '}
              {reason ?? <span className="italic">no reason given</span>}
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-600 italic dark:text-slate-400">
            None: nothing is locked.
          </p>
        )}
      </section>
    </div>
  );
}
