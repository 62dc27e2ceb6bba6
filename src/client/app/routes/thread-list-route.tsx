import { useSearchParams } from 'wouter';
import { ThreadListView } from '@/client/features/queue/components/thread-list-view';
import { readListParams, toListSearch } from '@/client/features/queue/lib/list-params';

export function ThreadListRoute() {
  const [search, setSearch] = useSearchParams();
  return (
    <ThreadListView
      params={readListParams(search)}
      onParamsChange={(params) => setSearch(toListSearch(params))}
    />
  );
}
