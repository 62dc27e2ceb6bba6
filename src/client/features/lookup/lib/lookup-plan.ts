import { extractThreadId, extractThreadIds, type ThreadIdExtraction } from '@/shared/thread-id';

/** Bounds the triage URL; the board itself shows at most 50 rows and says so. */
export const MAX_TRIAGE_URL_IDS = 200;

type Problem = Exclude<ThreadIdExtraction, { ok: true }>['reason'];

/** What pasted text will open: one thread, a triage board of several, or nothing (and why). */
export type LookupPlan =
  | { kind: 'thread'; path: string }
  | { kind: 'triage'; path: string; count: number }
  | { kind: 'problem'; reason: Problem };

export const lookupProblems: Record<Problem, string> = {
  empty: 'Paste a thread ID (cthr_…) or a link that contains one.',
  no_id: 'No thread ID found in that text. Thread IDs start with cthr_.',
  too_long: 'That thread ID is too long: at most 128 characters may follow cthr_.',
};

/** Several IDs open the triage board, one opens its thread; bad input never makes a request. */
export function lookupPlan(text: string): LookupPlan {
  const candidates = extractThreadIds(text);
  if (candidates.length > 1) {
    // The ID alphabet needs no escaping, so the list stays readable in the address bar.
    const ids = candidates.slice(0, MAX_TRIAGE_URL_IDS).map((candidate) => candidate.id);
    return { kind: 'triage', path: `/triage?ids=${ids.join(',')}`, count: ids.length };
  }
  const result = extractThreadId(text);
  if (result.ok) return { kind: 'thread', path: `/threads/${result.threadId}` };
  return { kind: 'problem', reason: result.reason };
}

/**
 * The submit button's words, so the agent knows what a paste will do before pressing it. Text
 * without an ID keeps the neutral "Open thread": submitting it says what is wrong.
 */
export function lookupActionLabel(plan: LookupPlan): string {
  if (plan.kind === 'triage') return `Open triage board (${plan.count.toLocaleString()} IDs)`;
  return 'Open thread';
}
