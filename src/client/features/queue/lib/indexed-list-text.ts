import type { IndexStatusName } from '@/shared/api-contract';
import type { ListParams } from '@/shared/list-params';

const number = new Intl.NumberFormat('en');

/** Threads of every status. */
export function totalOf(counts: Record<IndexStatusName, number>): number {
  return counts.active + counts.locked + counts.closed + counts.unknown;
}

/** "1,204 locked threads", "3 threads matching “refund”": how many the filters match in all. */
export function matchingText(
  { status, q }: Pick<ListParams, 'status' | 'q'>,
  counts: Record<IndexStatusName, number>,
): string {
  const total = status ? counts[status] : totalOf(counts);
  const kind = `${status ? `${status} ` : ''}thread${total === 1 ? '' : 's'}`;
  return `${number.format(total)} ${kind}${q ? ` matching “${q}”` : ''}`;
}
