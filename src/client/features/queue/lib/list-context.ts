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
    context.ids.every((id) => typeof id === 'string')
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

export interface ListPosition {
  /** 1-based, as shown: "2 of 14". */
  index: number;
  total: number;
  previous: string | null;
  next: string | null;
}

/** Where a thread sits in its list, or null when the list no longer holds it. */
export function positionIn(context: ListContext, threadId: string): ListPosition | null {
  const at = context.ids.indexOf(threadId);
  if (at < 0) return null;
  return {
    index: at + 1,
    total: context.ids.length,
    previous: context.ids[at - 1] ?? null,
    next: context.ids[at + 1] ?? null,
  };
}
