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
  /** Opens the thread page (the narrow board's title link). */
  onOpen: () => void;
  /** On wide screens: the listbox option's props; the row then selects rather than links. */
  option?: Record<string, unknown>;
}

const optionClass =
  'flex min-w-0 cursor-pointer flex-col gap-1.5 p-3 outline-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 aria-disabled:cursor-default aria-selected:bg-sky-50 aria-selected:shadow-[inset_3px_0_0] aria-selected:shadow-sky-700 dark:hover:bg-slate-900 dark:aria-selected:bg-sky-950 dark:aria-selected:shadow-sky-400';

const flag = 'text-sm font-medium text-red-800 dark:text-red-300';

/** One pasted ID on the board: the thread's state, or why there is none. */
export function TriageRow({ id, state, onRetry, onOpen, option }: TriageRowProps) {
  const thread = state.kind === 'loaded' ? state.thread : null;
  const title = readTitle(thread);
  const user = readUser(thread);
  const content = (
    <>
      <div className="flex min-w-0 flex-col gap-0.5">
        {thread && option ? (
          <span
            id={`triage-title-${id}`}
            className={cn('min-w-0 font-medium [overflow-wrap:anywhere]', !title && 'italic')}
          >
            {title ?? 'Untitled thread'}
          </span>
        ) : thread ? (
          <Link
            to={`/threads/${id}`}
            data-row-id={id}
            onClick={(event) => {
              event.preventDefault();
              onOpen();
            }}
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
      <RowState id={id} state={state} onRetry={onRetry} inline={!option} />
    </>
  );
  if (option)
    return (
      <div
        {...option}
        data-row-id={id}
        aria-labelledby={thread ? `triage-title-${id}` : undefined}
        aria-label={thread ? undefined : id}
        className={optionClass}
      >
        {content}
      </div>
    );
  return (
    <li className="flex min-w-0 flex-col gap-1.5 p-3 sm:grid sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,16rem)] sm:items-center sm:gap-4">
      {content}
    </li>
  );
}

interface RowStateProps {
  id: string;
  state: TriageRowState;
  onRetry: () => void;
  /** False inside a listbox option, which may hold no button: the pane offers the retry. */
  inline: boolean;
}

function RowState({ id, state, onRetry, inline }: RowStateProps) {
  switch (state.kind) {
    case 'loaded':
      return <ThreadStatusBadge status={state.status} />;
    case 'invalid':
      return <span className={flag}>Not a valid thread ID</span>;
    case 'not_found':
      return <span className={flag}>Not found</span>;
    case 'failed':
      if (!inline) return <span className={flag}>Couldn't load — select to retry</span>;
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
