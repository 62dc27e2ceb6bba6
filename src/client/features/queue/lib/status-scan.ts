import type { ThreadSummary } from '@/shared/api-contract';
import { readStatus } from '@/client/entities/thread/model/read-status';
import type { StatusFilter } from '@/shared/list-params';

/** Pages of the unfiltered list: small, so the first screen paints at once. */
export const LIST_PAGE_SIZE = 10;
/** Pages read while filtering by status in the browser: the API maximum, to scan in few requests. */
export const SCAN_PAGE_SIZE = 100;
/** A status filter keeps loading until this many more matches are shown… */
export const SCAN_TARGET = 20;
/** …or this many pages were read in one go, so a rare status cannot scan the whole org unasked. */
export const SCAN_PAGE_BUDGET = 10;

export function matchesStatus(thread: ThreadSummary, status: StatusFilter): boolean {
  return readStatus(thread.status).kind === status;
}

export interface ScanState {
  matched: number;
  /** Matches wanted by the end of this round. */
  target: number;
  pagesThisRound: number;
  hasNextPage: boolean;
  /** A page is being fetched, or the last one failed: never stack another request on top. */
  blocked: boolean;
}

export function shouldKeepScanning(state: ScanState): boolean {
  return (
    !state.blocked &&
    state.hasNextPage &&
    state.matched < state.target &&
    state.pagesThisRound < SCAN_PAGE_BUDGET
  );
}

export type ScanPhase = 'scanning' | 'paused' | 'done';

export function scanPhase(state: ScanState, fetching: boolean): ScanPhase {
  if (!state.hasNextPage) return 'done';
  return fetching || shouldKeepScanning(state) ? 'scanning' : 'paused';
}

const count = new Intl.NumberFormat('en');

/** "Scanned 140 threads, 12 locked so far…" */
export function scanMessage(
  phase: ScanPhase,
  scanned: number,
  matched: number,
  status: StatusFilter,
): string {
  const threads = `${count.format(scanned)} thread${scanned === 1 ? '' : 's'}`;
  const found = `${count.format(matched)} ${status}`;
  if (phase === 'done') return `Scanned all ${threads}: ${found}.`;
  if (phase === 'scanning') return `Scanned ${threads}, ${found} so far…`;
  return `Scanned ${threads}, ${found} so far. Load more to keep scanning.`;
}
