import type { IndexStatusBody } from '@/shared/api-contract';

const count = new Intl.NumberFormat('en');

function threads(n: number): string {
  return `${count.format(n)} thread${n === 1 ? '' : 's'}`;
}

/**
 * How fresh the index is, in words: "12,431 threads indexed · updated 14:02:11", or while the
 * first pass runs, "Indexing… 4,200 threads so far". `clock` formats a Unix-seconds time.
 */
export function indexFreshness(
  status: IndexStatusBody,
  clock: (seconds: number) => string,
): string {
  if (status.state === 'indexing' || status.updated_at === null)
    return `Indexing… ${threads(status.threads)} so far`;
  return `${threads(status.threads)} indexed · updated ${clock(status.updated_at)}`;
}
