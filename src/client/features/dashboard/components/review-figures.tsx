import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ApiClientError } from '@/client/lib/api-client';
import { BotErrorRate } from './bot-error-rate';
import { LockedByReview } from './locked-by-review';
import { OutcomesPerWeekChart } from './outcomes-per-week-chart';
import { ReviewExportLinks } from './review-export-links';

const note =
  'rounded-lg border border-slate-300 px-3 py-2 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300';

/**
 * The reviews' figures (last 8 weeks), from our own database: a failure there leaves a short
 * note in this part of the page, never a broken dashboard.
 */
export function ReviewFigures({ indexOff }: { indexOff: boolean }) {
  const overview = useQuery(reviewQueries.overview());

  if (overview.data)
    return (
      <>
        {indexOff ? (
          <p className={note}>
            Locked threads by review need the thread index, which is off on this server.
          </p>
        ) : (
          <LockedByReview counts={overview.data.locked_by_state} />
        )}
        <OutcomesPerWeekChart weeks={overview.data.weeks} />
        <BotErrorRate overview={overview.data} />
        <ReviewExportLinks />
      </>
    );
  if (overview.error instanceof ApiClientError && overview.error.code === 'reviews_unavailable')
    return (
      <section aria-labelledby="dashboard-reviews-unavailable" className={note}>
        <h2
          id="dashboard-reviews-unavailable"
          className="font-medium text-slate-900 dark:text-slate-100"
        >
          Review figures
        </h2>
        <p>
          Reviews are stored in Threadline’s database, which can’t be reached right now. These
          figures come back by themselves once it can.
        </p>
      </section>
    );
  if (overview.isError)
    return (
      <ThreadLoadError
        threadId=""
        subject="review figures"
        error={overview.error}
        onRetry={() => void overview.refetch()}
      />
    );
  return <ListSkeleton label="Loading the review figures…" rows={2} rowClassName="h-40" />;
}
