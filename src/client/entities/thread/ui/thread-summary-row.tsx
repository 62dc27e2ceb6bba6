import type { ThreadSummary } from '@/shared/api-contract';
import { Link } from 'wouter';
import { cn } from '@/client/lib/cn';
import { readStatus } from '../model/read-status';
import { readTitle, readUser } from '../model/thread-facts';
import { RelativeTime } from './relative-time';
import { ThreadStatusBadge } from './thread-status-badge';

interface ThreadSummaryRowProps {
  thread: ThreadSummary;
  /** The thread the reader is on: marked, not a link to itself, and without a second badge. */
  current?: boolean;
  /** Off where every row has the same user (one user's threads). */
  showUser?: boolean;
}

const titleClass = 'block min-w-0 font-medium [overflow-wrap:anywhere]';

/** One thread in a list: title, user, created time and status. Fields are read defensively. */
export function ThreadSummaryRow({
  thread,
  current = false,
  showUser = true,
}: ThreadSummaryRowProps) {
  const title = readTitle(thread);
  const user = readUser(thread);
  const label = title ?? 'Untitled thread';
  return (
    <li className="flex min-w-0 flex-col gap-1.5 p-3 sm:grid sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,15rem)] sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-col">
        {current ? (
          <span aria-current="page" className="flex min-w-0 items-center gap-2">
            <span className={cn(titleClass, !title && 'italic')}>{label}</span>
            <span className="shrink-0 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-900 dark:text-sky-100">
              This thread
            </span>
          </span>
        ) : (
          <Link
            to={`/threads/${thread.id}`}
            className={cn(
              titleClass,
              'text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
              !title && 'italic',
            )}
          >
            {label}
          </Link>
        )}
        {showUser && (
          <span className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400">
            {user ?? <span className="italic">Unknown user</span>}
          </span>
        )}
      </div>
      <span className="text-sm whitespace-nowrap text-slate-600 dark:text-slate-400">
        <span className="sr-only">Created </span>
        <RelativeTime seconds={thread.created_at} />
      </span>
      {/* The current thread's status is already in the page header right above. */}
      {!current && <ThreadStatusBadge status={readStatus(thread.status)} />}
    </li>
  );
}
