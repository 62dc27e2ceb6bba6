import { useNavigate, useSearchParams } from 'react-router';
import { TriageView } from '@/client/features/triage/components/triage-view';

export function TriageRoute() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  return (
    <TriageView
      idsText={search.get('ids') ?? ''}
      // Built by hand: IDs need no escaping, and literal commas keep the URL readable.
      onIdsChange={(ids) =>
        void navigate({ search: ids.length > 0 ? `?ids=${ids.join(',')}` : '' })
      }
    />
  );
}
