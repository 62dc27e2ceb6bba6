import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { indexQueries } from '@/client/entities/thread-index/api/index-queries';
import { IndexFreshnessNote } from '@/client/entities/thread-index/ui/index-freshness-note';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import type { IndexState } from '@/shared/api-contract';
import { CreatedPerDayChart } from './created-per-day-chart';
import { LockedByReasonChart } from './locked-by-reason-chart';
import { LockedNow } from './locked-now';
import { ReviewFigures } from './review-figures';

/**
 * `/dashboard`: the escalation figures, from the shared thread index, then the reviews' figures
 * from our own database (each refreshed every 30 s, each failing on its own).
 */
export function DashboardView({ indexState }: { indexState: IndexState }) {
  const off = indexState === 'off';
  const overview = useQuery({ ...indexQueries.overview(), enabled: !off });

  return (
    <div className="flex min-w-0 flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Escalation dashboard</h1>
        {overview.data ? (
          <IndexFreshnessNote status={overview.data.index} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            From the shared thread index.
          </p>
        )}
      </div>
      {off ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
          The dashboard counts threads in the shared thread index, which is off on this server
          (THREADLINE_INDEX=off). The thread list and the escalation queue still work without it.
        </p>
      ) : overview.data ? (
        <>
          <LockedNow overview={overview.data} />
          <CreatedPerDayChart days={overview.data.days} />
          <LockedByReasonChart
            reasons={overview.data.locked_by_reason}
            locked={overview.data.locked}
          />
        </>
      ) : overview.isError ? (
        <ThreadLoadError
          threadId=""
          subject="dashboard"
          error={overview.error}
          onRetry={() => void overview.refetch()}
        />
      ) : (
        <ListSkeleton label="Loading the dashboard…" rows={3} rowClassName="h-40" />
      )}
      <ReviewFigures indexOff={off} />
    </div>
  );
}
