import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { IndexFreshnessNote } from '@/client/entities/thread-index/ui/index-freshness-note';
import type { ListNav } from '@/client/lib/list-nav';
import type { useIndexedList } from '../hooks/use-indexed-list';
import { listTitle, type ListParams } from '@/shared/list-params';
import { matchingText, reviewPhrase } from '../lib/indexed-list-text';
import { EmptyList, ListLoadFailed, LoadMoreButton } from './list-parts';
import { MineWithoutName } from './mine-without-name';
import { QueueRows } from './queue-rows';

interface IndexedListResultsProps {
  list: ReturnType<typeof useIndexedList>;
  params: ListParams;
  nav: ListNav;
}

/** The list's rows from the shared index, one query a page; the next page loads as it nears. */
export function IndexedListResults({ list, params, nav }: IndexedListResultsProps) {
  const { query, me, rows, counts, status, stale } = list;

  // "Mine" is asked for only once the agent's name is known; without one it never will be.
  if (params.review === 'mine' && (me.data === null || (me.isError && me.data === undefined)))
    return <MineWithoutName failed={me.data === undefined} onRetry={() => void me.refetch()} />;

  if (!rows || !counts) {
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

  const busy = query.isFetching;
  const loadMore = () => void query.fetchNextPage();
  return (
    <section aria-label="Threads" aria-busy={busy} className="flex flex-col gap-3">
      <div className="flex flex-col gap-0.5">
        <p role="status" className="text-sm font-medium">
          {matchingText(params, counts)}
        </p>
        {status && <IndexFreshnessNote status={status} />}
      </div>
      {rows.length > 0 ? (
        <div className={stale ? 'opacity-60 transition-opacity' : undefined}>
          <QueueRows rows={rows} label={listTitle(params)} nav={nav} agentName={me.data} />
        </div>
      ) : (
        <EmptyList>{emptyText(params, status?.state === 'indexing')}</EmptyList>
      )}
      {query.isFetchNextPageError && (
        <ListLoadFailed
          subject="next page of threads"
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
        />
      )}
      {query.hasNextPage && !query.isFetchNextPageError && (
        <MoreRows loading={query.isFetching} onMore={loadMore} />
      )}
    </section>
  );
}

/** "Load more", which also presses itself when it scrolls near: scrolling is enough to read on. */
function MoreRows({ loading, onMore }: { loading: boolean; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = button.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const more = useEffectEvent(onMore);
  // Near the end and idle: the next page. Each page that lands re-checks (still near: another).
  useEffect(() => {
    if (near && !loading) more();
  }, [near, loading]);
  return <LoadMoreButton ref={button} busy={loading} onMore={onMore} />;
}

function emptyText({ user, status, q, review }: ListParams, indexing: boolean): string {
  const kind = `${status ? `${status} threads` : 'threads'}${reviewPhrase(review)}`;
  const where = [user && `for ${user}`, q && `matching “${q}”`].filter(Boolean).join(' ');
  const text = where ? `No ${kind} ${where}.` : `No ${kind}.`;
  return indexing ? `${text} The index is still being built: more may appear.` : text;
}
