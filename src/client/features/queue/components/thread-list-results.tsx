import { ListSkeleton } from '@/client/components/ui/skeleton';
import { useThreadList } from '../hooks/use-thread-list';
import type { ListNav } from '@/client/lib/list-nav';
import { listTitle, type ListParams } from '@/shared/list-params';
import { scanMessage } from '../lib/status-scan';
import { EmptyList, ListLoadFailed, LoadMoreButton } from './list-parts';
import { QueueRows } from './queue-rows';

interface ThreadListResultsProps {
  params: ListParams;
  nav: ListNav;
}

/** The rows of the list for one set of filters: data first, then errors, then the skeleton. */
export function ThreadListResults({ params, nav }: ThreadListResultsProps) {
  const { query, rows, scanned, phase, loadMore } = useThreadList(params);
  const { status } = params;

  if (!rows) {
    if (query.isError)
      return (
        <ListLoadFailed
          subject="thread list"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      );
    return <ListSkeleton label="Loading threads…" rows={3} rowClassName="h-14" />;
  }

  const busy = phase === 'scanning' || query.isFetchingNextPage;
  return (
    <section aria-label="Threads" aria-busy={busy} className="flex flex-col gap-3">
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {status && phase
          ? scanMessage(phase, scanned, rows.length, status)
          : `${String(rows.length)} thread${rows.length === 1 ? '' : 's'} shown`}
      </p>
      {rows.length > 0 ? (
        <QueueRows rows={rows} label={listTitle(params)} nav={nav} agentName={null} />
      ) : (
        !query.hasNextPage && <EmptyList>{emptyText(params)}</EmptyList>
      )}
      {query.isFetchNextPageError && (
        <ListLoadFailed
          subject="next page of threads"
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
        />
      )}
      {query.hasNextPage && !query.isFetchNextPageError && (
        <LoadMoreButton busy={busy} onMore={loadMore} />
      )}
    </section>
  );
}

function emptyText({ user, status }: ListParams): string {
  const kind = status ? `${status} threads` : 'threads';
  return user ? `No ${kind} for ${user}.` : `No ${kind}.`;
}
