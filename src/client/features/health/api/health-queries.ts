import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/client/lib/api-client';
import type { HealthBody } from '@/shared/api-contract';

export const healthQueries = {
  health: () =>
    queryOptions({
      queryKey: ['health'],
      queryFn: ({ signal }) => apiGet<HealthBody>('/api/health', signal),
      // The mode cannot change while the server runs.
      staleTime: Infinity,
    }),
};
