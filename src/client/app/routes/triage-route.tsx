import { useLocation, useSearchParams } from 'wouter';
import { TriageView } from '@/client/features/triage/components/triage-view';

export function TriageRoute() {
  const [search] = useSearchParams();
  const [, navigate] = useLocation();
  return (
    <TriageView
      idsText={search.get('ids') ?? ''}
      // Built by hand: IDs need no escaping, and literal commas keep the URL readable.
      onIdsChange={(ids) => navigate(ids.length > 0 ? `/triage?ids=${ids.join(',')}` : '/triage')}
    />
  );
}
