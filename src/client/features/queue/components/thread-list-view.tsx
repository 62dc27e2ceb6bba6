import { listTitle, type ListParams } from '../lib/list-params';
import type { ListNav } from '@/client/lib/list-nav';
import { ThreadListFilters } from './thread-list-filters';
import { ThreadListResults } from './thread-list-results';

interface ThreadListViewProps {
  params: ListParams;
  onParamsChange: (params: ListParams) => void;
  nav: ListNav;
}

/** `/threads`: every thread, newest first; `?status=locked` is the escalation queue. */
export function ThreadListView({ params, onParamsChange, nav }: ThreadListViewProps) {
  return (
    <div className="flex min-w-0 flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{listTitle(params)}</h1>
        <p className="[overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
          {params.status === 'locked'
            ? 'Locked threads, newest first: the conversations waiting on a human.'
            : 'Newest first.'}
          {params.user && ` Only threads of ${params.user}.`}
        </p>
      </div>
      <ThreadListFilters params={params} onChange={onParamsChange} />
      {/* A new filter starts a new scan: fresh round state, while the filters keep focus. */}
      <ThreadListResults
        key={`${params.user ?? ''}|${params.status ?? ''}`}
        params={params}
        nav={nav}
      />
    </div>
  );
}
