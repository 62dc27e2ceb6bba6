import type { IndexState } from '@/shared/api-contract';
import type { ListNav } from '@/client/lib/list-nav';
import { useIndexedList } from '../hooks/use-indexed-list';
import { listTitle, type ListParams } from '@/shared/list-params';
import { IndexFallbackNotice } from './index-fallback-notice';
import { IndexedListResults } from './indexed-list-results';
import { ThreadListFilters, type ParamsChangeOptions } from './thread-list-filters';
import { ThreadListResults } from './thread-list-results';

interface ThreadListViewProps {
  params: ListParams;
  onParamsChange: (params: ListParams, options?: ParamsChangeOptions) => void;
  nav: ListNav;
  /** The server's thread index (from /api/health): lists read it unless it is off or down. */
  indexState: IndexState;
}

function description({ status, sort, user }: ListParams): string {
  const order = sort === 'oldest' ? 'oldest first' : 'newest first';
  const what =
    status === 'locked'
      ? `Locked threads, ${order}: the conversations waiting on a human.`
      : `${order[0]?.toUpperCase() ?? ''}${order.slice(1)}.`;
  return user ? `${what} Only threads of ${user}.` : what;
}

/** `/threads`: every thread, newest first; `?status=locked` is the escalation queue. */
export function ThreadListView({ params, onParamsChange, nav, indexState }: ThreadListViewProps) {
  const list = useIndexedList(params, indexState);
  const fallback = list.fallback;
  return (
    <div className="flex min-w-0 flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{listTitle(params)}</h1>
        <p className="[overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
          {description(fallback ? { ...params, sort: 'newest' } : params)}
        </p>
      </div>
      {fallback && (
        <IndexFallbackNotice kind={fallback} reviewIgnored={params.review !== undefined} />
      )}
      <ThreadListFilters
        params={params}
        onChange={onParamsChange}
        counts={fallback ? undefined : list.counts}
        indexed={!fallback}
      />
      {fallback ? (
        // A new filter starts a new scan: fresh round state, while the filters keep focus.
        <ThreadListResults
          key={`${params.user ?? ''}|${params.status ?? ''}`}
          params={params}
          nav={nav}
        />
      ) : (
        <IndexedListResults list={list} params={params} nav={nav} />
      )}
    </div>
  );
}
