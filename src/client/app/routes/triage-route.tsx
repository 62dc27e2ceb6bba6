import { useLocation, useSearchParams } from 'wouter';
import { TriageView } from '@/client/features/triage/components/triage-view';
import { ListSplitLayout } from '../list-page/list-split-layout';
import { useListNav } from '../list-page/use-list-nav';

export function TriageRoute() {
  const [search] = useSearchParams();
  const [, navigate] = useLocation();
  const nav = useListNav('Triage board');
  return (
    <ListSplitLayout nav={nav}>
      <TriageView
        idsText={search.get('ids') ?? ''}
        // Built by hand: IDs need no escaping, and literal commas keep the URL readable.
        onIdsChange={(ids) => navigate(ids.length > 0 ? `/triage?ids=${ids.join(',')}` : '/triage')}
        nav={nav}
      />
    </ListSplitLayout>
  );
}
