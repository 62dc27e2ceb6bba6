import { CopyButton } from '@/client/components/ui/copy-button';
import type { ThreadSummary } from '@/shared/api-contract';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import type { LiveState } from '@/client/features/live/hooks/use-live-tail';
import { HeaderTime } from './header-time';
import { LiveIndicator } from '@/client/features/live/components/live-indicator';
import { ThreadStatusBadge } from '@/client/entities/thread/ui/thread-status-badge';

interface ThreadHeaderProps {
  threadId: string;
  thread: ThreadSummary;
  refreshing: boolean;
  refreshFailed: boolean;
  /** Present for a thread that may be polled; shows "Live" while it is. */
  live?: LiveState;
}

/** Fields are read defensively: the API reference's own example omits created_at, status and user. */
export function ThreadHeader({
  threadId,
  thread,
  refreshing,
  refreshFailed,
  live,
}: ThreadHeaderProps) {
  const title = readTitle(thread);
  const user = readUser(thread);
  return (
    <header className="flex min-w-0 flex-col gap-3 border-b border-slate-200 pb-4 dark:border-slate-800">
      <div className="flex min-w-0 flex-wrap items-start justify-between gap-2">
        <h1
          id="thread-title"
          className={
            title
              ? 'min-w-0 text-2xl font-semibold [overflow-wrap:anywhere] text-slate-900 dark:text-slate-50'
              : 'min-w-0 text-2xl font-semibold text-slate-600 italic dark:text-slate-400'
          }
        >
          {title ?? 'Untitled thread'}
        </h1>
        <span className="flex flex-wrap items-center gap-2">
          {live && <LiveIndicator live={live} />}
          <RefreshState refreshing={refreshing} failed={refreshFailed} />
        </span>
      </div>
      <ThreadStatusBadge status={readStatus(thread.status)} />
      <dl className="grid min-w-0 grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">User</dt>
        <dd className="min-w-0 [overflow-wrap:anywhere] text-slate-900 dark:text-slate-100">
          {user ?? <span className="text-slate-600 italic dark:text-slate-400">Unknown user</span>}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Created</dt>
        <dd className="min-w-0 text-slate-900 dark:text-slate-100">
          <HeaderTime seconds={thread.created_at} />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Thread ID</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-2">
          <code className="font-mono text-xs [overflow-wrap:anywhere] text-slate-900 dark:text-slate-100">
            {threadId}
          </code>
          <CopyButton text={threadId} label="Copy ID" />
          <CopyButton text={window.location.origin + `/threads/${threadId}`} label="Copy link" />
        </dd>
      </dl>
    </header>
  );
}

function RefreshState({ refreshing, failed }: { refreshing: boolean; failed: boolean }) {
  if (failed)
    return (
      <p role="status" className="text-xs text-red-700 dark:text-red-300">
        Refresh failed — showing the last loaded copy
      </p>
    );
  return (
    <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
      {refreshing ? 'Refreshing…' : ''}
    </p>
  );
}
