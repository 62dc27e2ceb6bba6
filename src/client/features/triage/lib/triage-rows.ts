import { readStatus, type ThreadStatusView } from '@/client/entities/thread/model/read-status';
import { ApiClientError } from '@/client/lib/api-client';
import type { ThreadSummary } from '@/shared/api-contract';
import { extractThreadIds, type ThreadIdCandidate } from '@/shared/thread-id';

/** The board's size: 50 parallel requests is already a lot to put on the upstream at once. */
export const MAX_TRIAGE_IDS = 50;

export function readTriageIds(text: string): { shown: ThreadIdCandidate[]; total: number } {
  const all = extractThreadIds(text);
  return { shown: all.slice(0, MAX_TRIAGE_IDS), total: all.length };
}

export type TriageRowState =
  | { kind: 'invalid' }
  | { kind: 'loading' }
  | { kind: 'not_found' }
  | { kind: 'failed'; error: Error }
  | { kind: 'loaded'; thread: ThreadSummary; status: ThreadStatusView };

interface QueryLike {
  data?: ThreadSummary;
  error: Error | null;
}

function isNotFound(error: Error): boolean {
  return (
    error instanceof ApiClientError &&
    (error.code === 'thread_not_found' || error.code === 'not_found')
  );
}

/** Data first: a thread that loaded once stays shown even if a refresh failed. */
export function toRowState(candidate: ThreadIdCandidate, query?: QueryLike): TriageRowState {
  if (!candidate.valid) return { kind: 'invalid' };
  if (query?.data)
    return { kind: 'loaded', thread: query.data, status: readStatus(query.data.status) };
  if (query?.error) {
    if (query.error instanceof ApiClientError && query.error.code === 'invalid_thread_id')
      return { kind: 'invalid' };
    return isNotFound(query.error) ? { kind: 'not_found' } : { kind: 'failed', error: query.error };
  }
  return { kind: 'loading' };
}

const order = [
  'active',
  'locked',
  'closed',
  'unknown',
  'not_found',
  'invalid',
  'failed',
  'loading',
];
const words: Record<string, string> = {
  active: 'active',
  locked: 'locked',
  closed: 'closed',
  unknown: 'other status',
  not_found: 'not found',
  invalid: 'invalid ID',
  failed: 'failed to load',
  loading: 'loading',
};

/** "3 threads: 1 locked, 1 closed, 1 not found" */
export function summarizeRows(rows: readonly TriageRowState[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = row.kind === 'loaded' ? row.status.kind : row.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = order.flatMap((key) => {
    const count = counts.get(key);
    return count ? [`${String(count)} ${words[key] ?? key}`] : [];
  });
  const total = `${String(rows.length)} thread${rows.length === 1 ? '' : 's'}`;
  return parts.length > 0 ? `${total}: ${parts.join(', ')}` : total;
}

export type TriageSort = 'pasted' | 'locked-first';

const SORT_KEY = 'threadline:triage-sort';

/** The agent's last choice on this browser; "As pasted" until they pick another. */
export function readTriageSort(): TriageSort {
  try {
    return localStorage.getItem(SORT_KEY) === 'locked-first' ? 'locked-first' : 'pasted';
  } catch {
    return 'pasted';
  }
}

export function writeTriageSort(sort: TriageSort): void {
  try {
    localStorage.setItem(SORT_KEY, sort);
  } catch {
    // Refused (private mode): the choice lasts for this page only.
  }
}

/** Locked threads first, each group in pasted order; "As pasted" leaves the order alone. */
export function sortRows<T extends { state: TriageRowState }>(
  rows: readonly T[],
  sort: TriageSort,
) {
  if (sort === 'pasted') return [...rows];
  const locked = (row: T) => row.state.kind === 'loaded' && row.state.status.kind === 'locked';
  return [...rows.filter(locked), ...rows.filter((row) => !locked(row))];
}
