import { useInfiniteQuery } from '@tanstack/react-query';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadSummaryRow } from '@/client/entities/thread/ui/thread-summary-row';

/** A few at a time: the panel sits above the transcript and must not bury it. */
const PAGE_SIZE = 5;

interface UserThreadsProps {
  threadId: string;
  /** The thread's `user`, read defensively: absent on the API reference's own example. */
  user: unknown;
}

/** "Other threads by this user": the owner's threads (the API's `user` filter), this one marked. */
export function UserThreads({ threadId, user }: UserThreadsProps) {
  if (typeof user !== 'string' || user === '') return null;
  return <UserThreadsPanel threadId={threadId} user={user} />;
}

function UserThreadsPanel({ threadId, user }: { threadId: string; user: string }) {
  const threads = useInfiniteQuery(threadQueries.list({ user, limit: PAGE_SIZE }));
  // A side panel must never take the transcript down with it, even on an odd list body.
  const rows = threads.data?.pages.flatMap((page) => (Array.isArray(page.data) ? page.data : []));

  return (
    <section aria-labelledby="user-threads-heading" className="flex min-w-0 flex-col gap-2">
      <h2 id="user-threads-heading" className="text-base font-semibold">
        Other threads by this user
      </h2>
      {rows ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rows.map((thread) => (
            <ThreadSummaryRow
              key={thread.id}
              thread={thread}
              current={thread.id === threadId}
              showUser={false}
            />
          ))}
        </ul>
      ) : threads.isError ? (
        <ThreadLoadError
          threadId=""
          subject="user's threads"
          error={threads.error}
          onRetry={() => void threads.refetch()}
        />
      ) : (
        <ListSkeleton label="Loading this user's threads…" rows={1} rowClassName="h-12" />
      )}
      {threads.isFetchNextPageError && (
        <ThreadLoadError
          threadId=""
          subject="user's threads"
          error={threads.error}
          onRetry={() => void threads.fetchNextPage()}
        />
      )}
      {threads.hasNextPage && !threads.isFetchNextPageError && (
        <button
          type="button"
          className={`${secondaryButton} self-start`}
          aria-disabled={threads.isFetchingNextPage}
          onClick={threads.isFetchingNextPage ? undefined : () => void threads.fetchNextPage()}
        >
          {threads.isFetchingNextPage ? 'Loading…' : 'Load more threads'}
        </button>
      )}
    </section>
  );
}
