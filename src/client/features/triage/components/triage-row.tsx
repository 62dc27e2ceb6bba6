import { Link } from 'wouter';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { Skeleton } from '@/client/components/ui/skeleton';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { ThreadStatusBadge } from '@/client/entities/thread/ui/thread-status-badge';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import { cn } from '@/client/lib/cn';
import type { TriageRowState } from '../lib/triage-rows';

interface TriageRowProps {
  id: string;
  state: TriageRowState;
  onRetry: () => void;
}

const flag = 'text-sm font-medium text-red-800 dark:text-red-300';

/** One pasted ID on the board: the thread's state, or why there is none. */
export function TriageRow({ id, state, onRetry }: TriageRowProps) {
  const thread = state.kind === 'loaded' ? state.thread : null;
  const title = readTitle(thread);
  const user = readUser(thread);
  return (
    <li className="flex min-w-0 flex-col gap-1.5 p-3 sm:grid sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,16rem)] sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-col gap-0.5">
        {thread ? (
          <Link
            to={`/threads/${id}`}
            className={cn(
              'min-w-0 font-medium [overflow-wrap:anywhere] text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
              !title && 'italic',
            )}
          >
            {title ?? 'Untitled thread'}
          </Link>
        ) : null}
        <code className="min-w-0 truncate font-mono text-xs text-slate-700 dark:text-slate-300">
          {id}
        </code>
        {thread && (
          <span className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400">
            {user ?? <span className="italic">Unknown user</span>}
          </span>
        )}
      </div>
      <span className="text-sm whitespace-nowrap text-slate-600 dark:text-slate-400">
        {thread && (
          <>
            <span className="sr-only">Created </span>
            <RelativeTime seconds={thread.created_at} />
          </>
        )}
      </span>
      <RowState id={id} state={state} onRetry={onRetry} />
    </li>
  );
}

function RowState({ id, state, onRetry }: TriageRowProps) {
  switch (state.kind) {
    case 'loaded':
      return <ThreadStatusBadge status={state.status} />;
    case 'invalid':
      return <span className={flag}>Not a valid thread ID</span>;
    case 'not_found':
      return <span className={flag}>Not found</span>;
    case 'failed':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <span className={flag}>Couldn't load</span>
          <button type="button" className={secondaryButton} onClick={onRetry}>
            Retry <span className="sr-only">{id}</span>
          </button>
        </span>
      );
    case 'loading':
      return (
        <span className="flex items-center gap-2">
          <span className="sr-only">Loading…</span>
          <Skeleton className="h-6 w-24" />
        </span>
      );
  }
}
