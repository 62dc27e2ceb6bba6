import type { IndexStatusName } from '@/shared/api-contract';
import type { ListParams, ReviewFilter } from '@/shared/list-params';

const number = new Intl.NumberFormat('en');

/** Threads of every status. */
export function totalOf(counts: Record<IndexStatusName, number>): number {
  return counts.active + counts.locked + counts.closed + counts.unknown;
}

const reviewText: Record<ReviewFilter, string> = {
  unreviewed: ' not yet reviewed',
  in_review: ' in review',
  done: ' reviewed',
  mine: ' claimed by you',
};

/** " in review", " claimed by you": the review filter as words after "threads". */
export function reviewPhrase(review: ReviewFilter | undefined): string {
  return review ? reviewText[review] : '';
}

/**
 * "1,204 locked threads", "3 threads matching “refund”", "12 locked threads in review": how many
 * the filters match in all.
 */
export function matchingText(
  { status, q, review }: Pick<ListParams, 'status' | 'q' | 'review'>,
  counts: Record<IndexStatusName, number>,
): string {
  const total = status ? counts[status] : totalOf(counts);
  const kind = `${status ? `${status} ` : ''}thread${total === 1 ? '' : 's'}`;
  return `${number.format(total)} ${kind}${reviewPhrase(review)}${q ? ` matching “${q}”` : ''}`;
}
