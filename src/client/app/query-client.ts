import { QueryClient } from '@tanstack/react-query';
import { ApiClientError } from '@/client/lib/api-client';

/** Our server already retried upstream; the browser retries only when it could not reach us. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiClientError) return error.code === 'network_error' && failureCount < 2;
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Threads under review change slowly; revisits render from cache and refresh in the background.
        staleTime: 30_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: true,
        retry: shouldRetry,
      },
    },
  });
}
