import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'wouter';
import { healthQueries } from '@/client/features/health/api/health-queries';
import { ThreadListView } from '@/client/features/queue/components/thread-list-view';
import { listTitle, readListParams, toListSearch } from '@/shared/list-params';
import { ListSplitLayout } from '../list-page/list-split-layout';
import { useListNav } from '../list-page/use-list-nav';

export function ThreadListRoute() {
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const nav = useListNav(listTitle(params));
  // Known before the first render (main.tsx waits for it). An index that was unreachable is
  // asked after again, so the list leaves its fallback once the database is back.
  const health = useQuery({
    ...healthQueries.health(),
    refetchInterval: (query) => (query.state.data?.index === 'unavailable' ? 30_000 : false),
  });
  const indexState = health.data?.index ?? (health.isError ? 'unavailable' : 'indexing');
  return (
    <ListSplitLayout nav={nav}>
      <ThreadListView
        params={params}
        onParamsChange={(next, options) => setSearch(toListSearch(next), options)}
        nav={nav}
        indexState={indexState}
      />
    </ListSplitLayout>
  );
}
