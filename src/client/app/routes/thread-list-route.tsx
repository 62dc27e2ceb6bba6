import { useSearchParams } from 'wouter';
import { ThreadListView } from '@/client/features/queue/components/thread-list-view';
import { listTitle, readListParams, toListSearch } from '@/client/features/queue/lib/list-params';
import { ListSplitLayout } from '../list-page/list-split-layout';
import { useListNav } from '../list-page/use-list-nav';

export function ThreadListRoute() {
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const nav = useListNav(listTitle(params));
  return (
    <ListSplitLayout nav={nav}>
      <ThreadListView
        params={params}
        onParamsChange={(next) => setSearch(toListSearch(next))}
        nav={nav}
      />
    </ListSplitLayout>
  );
}
