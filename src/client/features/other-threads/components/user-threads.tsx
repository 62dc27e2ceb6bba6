import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { ThreadSummary } from '@/shared/api-contract';
import { smallButton } from '@/client/components/ui/button-styles';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readTitle } from '@/client/entities/thread/model/thread-facts';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { cn } from '@/client/lib/cn';

/** A few at a time: the list sits in the thread page's side rail (or its actions menu). */
const PAGE_SIZE = 5;

interface UserThreadsProps {
  threadId: string;
  /** The thread's `user`, read defensively: absent on the API reference's own example. */
  user: unknown;
}

/**
 * "Other threads by this user" (the API's `user` filter), compact enough for a side rail. Shows
 * nothing while loading and nothing when this is the user's only thread: a panel that appears
 * only to say "none" would push the rail around for no news.
 */
export function UserThreads({ threadId, user }: UserThreadsProps) {
  if (typeof user !== 'string' || user === '') return null;
  return <UserThreadsPanel threadId={threadId} user={user} />;
}

function UserThreadsPanel({ threadId, user }: { threadId: string; user: string }) {
  const threads = useInfiniteQuery(threadQueries.list({ user, limit: PAGE_SIZE }));
  // A side panel must never take the transcript down with it, even on an odd list body.
  const others = threads.data?.pages
    .flatMap((page) => (Array.isArray(page.data) ? page.data : []))
    .filter((thread) => thread.id !== threadId);

  if (threads.isError && !threads.data)
    return (
      <ThreadLoadError
        threadId=""
        subject="user's threads"
        error={threads.error}
        onRetry={() => void threads.refetch()}
      />
    );
  if (!others || (others.length === 0 && !threads.hasNextPage)) return null;
  return (
    <section aria-labelledby="user-threads-heading" className="flex min-w-0 flex-col gap-2">
      <h2
        id="user-threads-heading"
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        Other threads by this user
      </h2>
      <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
        {others.map((thread) => (
          <OtherThread key={thread.id} thread={thread} />
        ))}
      </ul>
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
          className={cn(smallButton, 'self-start')}
          aria-disabled={threads.isFetchingNextPage}
          onClick={threads.isFetchingNextPage ? undefined : () => void threads.fetchNextPage()}
        >
          {threads.isFetchingNextPage ? 'Loading…' : 'Load more threads'}
        </button>
      )}
    </section>
  );
}

function OtherThread({ thread }: { thread: ThreadSummary }) {
  const title = readTitle(thread);
  const status = readStatus(thread.status);
  return (
    <li className="flex min-w-0 flex-col gap-0.5 py-2 text-sm">
      <Link
        to={`/threads/${thread.id}`}
        className={cn(
          'min-w-0 font-medium [overflow-wrap:break-word] text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
          !title && 'italic',
        )}
      >
        {title ?? 'Untitled thread'}
      </Link>
      <span className="min-w-0 text-xs [overflow-wrap:break-word] text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-200">{status.label}</span>
        {status.reason && <> · {status.reason}</>}
        {' · '}
        <RelativeTime seconds={thread.created_at} />
      </span>
    </li>
  );
}
