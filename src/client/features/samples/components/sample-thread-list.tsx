import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { cn } from '@/client/lib/cn';
import { describeTime } from '@/client/entities/thread/model/format-time';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadStatusBadge } from '@/client/entities/thread/ui/thread-status-badge';

/** Demo mode's sample threads, read through the same list endpoint live mode uses. */
export function SampleThreadList() {
  const threads = useInfiniteQuery(threadQueries.list({ limit: 50 }));
  const rows = threads.data?.pages.flatMap((page) => page.data);

  return (
    <section aria-labelledby="samples-heading" className="flex flex-col gap-3">
      <h2 id="samples-heading" className="text-lg font-semibold">
        Sample threads
      </h2>
      {rows ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rows.map((thread) => (
            <li
              key={thread.id}
              className="flex min-w-0 flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-3"
            >
              <Link
                to={`/threads/${thread.id}`}
                className={cn(
                  'min-w-0 flex-1 truncate font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
                  !readTitle(thread) && 'italic',
                )}
              >
                {readTitle(thread) ?? 'Untitled thread'}
              </Link>
              <span className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400">
                {readUser(thread)}
              </span>
              <span className="text-sm whitespace-nowrap text-slate-600 dark:text-slate-400">
                {describeTime(thread.created_at)?.relative ?? 'Unknown time'}
              </span>
              <ThreadStatusBadge status={{ ...readStatus(thread.status), reason: null }} />
            </li>
          ))}
        </ul>
      ) : threads.isError ? (
        <ThreadLoadError
          threadId=""
          subject="thread list"
          error={threads.error}
          onRetry={() => void threads.refetch()}
        />
      ) : (
        <ListSkeleton label="Loading sample threads…" rows={3} rowClassName="h-10" />
      )}
    </section>
  );
}
