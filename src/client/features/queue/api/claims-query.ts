import { queryOptions } from '@tanstack/react-query';
import { REVIEW_POLL_MS, reviewQueries } from '@/client/entities/review/api/review-queries';
import { apiGet } from '@/client/lib/api-client';
import type { ListClaims } from '@/client/lib/list-nav';
import type { ReviewsPage } from '@/shared/api-contract';
import { REVIEWS_PATH } from '@/shared/api-paths';

/** The most a page of reviews holds. */
const PAGE = 100;

/**
 * The reviews now in review, newest change first, re-read as often as an open review: the list's
 * claims were taken when it was shown, and an agent may step through it for an hour. Here rather
 * than in the review entity: only the stepper (its own chunk) asks, and a thread opened by a
 * link must not download it.
 */
export const claimsQuery = () =>
  queryOptions({
    queryKey: [...reviewQueries.all(), 'claims'],
    queryFn: ({ signal }) =>
      apiGet<ReviewsPage>(`${REVIEWS_PATH}?state=in_review&limit=${String(PAGE)}`, signal),
    staleTime: REVIEW_POLL_MS,
    refetchInterval: REVIEW_POLL_MS,
  });

/**
 * The list's claims brought up to date. A complete answer is the truth (a claim released since is
 * gone); a partial one (over 100 in review) corrects the claims it names and keeps the rest.
 */
export function currentClaims(stored: ListClaims, inReview: ReviewsPage): ListClaims {
  const fresh: Record<string, string> = {};
  for (const review of inReview.data)
    if (review.claimed_by !== null) fresh[review.thread_id] = review.claimed_by;
  return inReview.next === null ? fresh : { ...stored, ...fresh };
}
