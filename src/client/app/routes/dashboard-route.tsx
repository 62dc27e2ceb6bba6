import { useQuery } from '@tanstack/react-query';
import { DashboardView } from '@/client/features/dashboard/components/dashboard-view';
import { healthQueries } from '@/client/features/health/api/health-queries';

export function DashboardRoute() {
  const health = useQuery(healthQueries.health());
  return <DashboardView indexState={health.data?.index ?? 'indexing'} />;
}
