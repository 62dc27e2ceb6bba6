import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/client/lib/api-client';
import type { AgentBody, ReviewOverviewBody, ReviewResponse } from '@/shared/api-contract';
import { ME_PATH, REVIEWS_OVERVIEW_PATH, reviewPath } from '@/shared/api-paths';

/** Another agent's change shows on an open thread page within this long. */
export const REVIEW_POLL_MS = 15_000;

/**
 * Reviews live in our own database and are shared by the whole team: each thread's review is
 * re-read every 15 s while its page is open, and at once after every write (the answer is the
 * new review).
 */
export const reviewQueries = {
  all: () => ['reviews'] as const,
  me: () =>
    queryOptions({
      queryKey: [...reviewQueries.all(), 'me'],
      queryFn: ({ signal }) => apiGet<AgentBody>(ME_PATH, signal),
      // Changes only when this agent renames (the write answers with the new value).
      staleTime: Infinity,
    }),
  review: (threadId: string) =>
    queryOptions({
      queryKey: [...reviewQueries.all(), 'thread', threadId],
      queryFn: ({ signal }) => apiGet<ReviewResponse>(reviewPath(threadId), signal),
      staleTime: REVIEW_POLL_MS,
      refetchInterval: REVIEW_POLL_MS,
    }),
  overview: () =>
    queryOptions({
      queryKey: [...reviewQueries.all(), 'overview'],
      queryFn: ({ signal }) => apiGet<ReviewOverviewBody>(REVIEWS_OVERVIEW_PATH, signal),
      staleTime: 30_000,
      refetchInterval: 30_000,
    }),
};
