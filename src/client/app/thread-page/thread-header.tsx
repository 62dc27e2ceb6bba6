import type { ThreadSummary } from '@/shared/api-contract';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import type { LiveState } from '@/client/features/live/hooks/use-live-tail';
import { LiveIndicator } from '@/client/features/live/components/live-indicator';
import { HeaderTime } from './header-time';

interface ThreadHeaderProps {
  thread: ThreadSummary;
  refreshing: boolean;
  refreshFailed: boolean;
  /** Present for a thread that may be polled; shows "Live" while it is. */
  live?: LiveState;
  /** Narrow screens have no rail: say whose thread it is and when it began under the title. */
  withMeta: boolean;
}

/**
 * The page's heading: the title, and whether it is live or refreshing. Status and the other facts
 * are in the rail (or the narrow bar). Fields are read defensively: the API reference's own
 * example omits created_at, status and user.
 */
export function ThreadHeader({
  thread,
  refreshing,
  refreshFailed,
  live,
  withMeta,
}: ThreadHeaderProps) {
  const title = readTitle(thread);
  const user = readUser(thread);
  return (
    <header className="flex min-w-0 flex-col gap-1">
      {/* One row: "Live" and "Refreshing…" come and go beside the title, never under it. */}
      <div className="flex min-w-0 items-baseline justify-between gap-3">
        <h1
          id="thread-title"
          className={
            title
              ? 'min-w-0 flex-1 text-xl leading-tight font-semibold [overflow-wrap:break-word] text-slate-900 sm:text-2xl dark:text-slate-50'
              : 'min-w-0 flex-1 text-xl leading-tight font-semibold text-slate-600 italic sm:text-2xl dark:text-slate-400'
          }
        >
          {title ?? 'Untitled thread'}
        </h1>
        <span className="flex shrink-0 flex-wrap items-center justify-end gap-2">
          {live && <LiveIndicator live={live} />}
          <RefreshState refreshing={refreshing} failed={refreshFailed} />
        </span>
      </div>
      {withMeta && (
        <p className="min-w-0 text-sm [overflow-wrap:break-word] text-slate-600 dark:text-slate-400">
          {user ?? <span className="italic">Unknown user</span>}
          {' · created '}
          <HeaderTime seconds={thread.created_at} />
        </p>
      )}
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
