import type { FlagKind, ReviewState } from '@/shared/api-contract';

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  done: 'Done',
};

export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  wrong: 'Wrong',
  good: 'Good',
  needs_attention: 'Needs attention',
};

/** "In review · Ana", "Done · bot error", "Unreviewed". */
export function reviewWords(review: {
  state: ReviewState;
  claimed_by: string | null;
  outcome: string | null;
}): string {
  if (review.state === 'in_review' && review.claimed_by) return `In review · ${review.claimed_by}`;
  if (review.state === 'done' && review.outcome) return `Done · ${review.outcome}`;
  return REVIEW_STATE_LABELS[review.state];
}
