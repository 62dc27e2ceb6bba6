import type { ListClaims } from '@/client/lib/list-nav';

/**
 * The list a thread was opened from (the queue, a triage board): its ordered IDs, where it lives
 * and the last thread worked in it. Kept in this tab's sessionStorage under a key that both the
 * list's and the thread's history entries carry in `history.state`, so a reload of either page
 * finds it again, and a thread opened any other way (a link, a new tab) has none.
 */
export interface ListContext {
  key: string;
  /** What the list is called on screen: "Escalation queue", "Triage board". */
  label: string;
  /** The list's own address, to go back to. */
  href: string;
  ids: string[];
  /** The thread last opened or stepped to: the row that gets focus when the agent comes back. */
  worked: string | null;
  /** The list's own scroller's offset (split view), restored with the focus. */
  scrollTop?: number;
  /**
   * Who held each listed thread under review when the list was last shown; Next and Previous
   * pass by other agents' claims. Absent for lists without reviews (and older contexts).
   */
  claims?: ListClaims;
}

const STORAGE_KEY = 'threadline:list-contexts';
/** Older lists are forgotten first; a tab rarely works more than a few at once. */
const MAX_CONTEXTS = 10;
import { LIST_STATE_FIELD, listKeyOf } from './list-state';

export { LIST_STATE_FIELD, listKeyOf };

function readAll(): ListContext[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isContext) : [];
  } catch {
    return [];
  }
}

function isContext(value: unknown): value is ListContext {
  if (typeof value !== 'object' || value === null) return false;
  const context = value as Partial<ListContext>;
  return (
    typeof context.key === 'string' &&
    typeof context.label === 'string' &&
    typeof context.href === 'string' &&
    Array.isArray(context.ids) &&
    context.ids.every((id) => typeof id === 'string') &&
    (context.claims === undefined || isClaims(context.claims))
  );
}

function isClaims(value: unknown): value is ListClaims {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((holder) => typeof holder === 'string')
  );
}

function writeAll(contexts: ListContext[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(contexts.slice(-MAX_CONTEXTS)));
  } catch {
    // Storage full or refused (private mode): the list context is a convenience, not data.
  }
}

export function readListContext(key: string | null | undefined): ListContext | null {
  if (!key) return null;
  return readAll().find((context) => context.key === key) ?? null;
}

/** Stores (or replaces) a context; the newest is kept last, so the oldest are dropped first. */
export function saveListContext(context: ListContext): void {
  writeAll([...readAll().filter((c) => c.key !== context.key), context]);
}

/** Records the thread now being worked, so Back can put focus on its row. */
export function markWorked(key: string, threadId: string): void {
  const context = readListContext(key);
  if (context) saveListContext({ ...context, worked: threadId });
}

export function newListKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * The threads Next and Previous step through: every listed one but those under another agent's
 * claim (with no name yet, every claim is another's). The current thread stays in, whoever holds
 * it, so the agent can step on from it.
 */
export function steppableIds(
  ids: readonly string[],
  claims: ListClaims | undefined,
  agentName: string | null,
  current: string | null,
): string[] {
  return ids.filter((id) => {
    const holder = claims?.[id];
    return id === current || holder === undefined || holder === agentName;
  });
}

export interface ListPosition {
  /** 1-based, as shown: "2 of 14"; counts only the threads that can be stepped to. */
  index: number;
  total: number;
  previous: string | null;
  next: string | null;
}

/**
 * Where a thread sits among the threads that can be stepped to (see steppableIds), or null when
 * the list no longer holds it.
 */
export function positionIn(
  context: ListContext,
  threadId: string,
  agentName: string | null = null,
): ListPosition | null {
  const ids = steppableIds(context.ids, context.claims, agentName, threadId);
  const at = ids.indexOf(threadId);
  if (at < 0) return null;
  return {
    index: at + 1,
    total: ids.length,
    previous: ids[at - 1] ?? null,
    next: ids[at + 1] ?? null,
  };
}
