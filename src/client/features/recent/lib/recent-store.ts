import { isThreadId } from '@/shared/thread-id';

/** Versioned: a future shape gets a new key instead of misreading this one. */
export const RECENT_KEY = 'threadline.recent.v1';
export const MAX_RECENT = 20;
const MAX_TEXT = 300;

/**
 * What is remembered about a viewed thread. Deliberately no message content and no user: this
 * sits in the agent's browser profile, unencrypted, long after the review.
 */
export interface RecentThread {
  id: string;
  title: string | null;
  status: { type: string; reason: string | null } | null;
  /** Milliseconds since the epoch. */
  viewedAt: number;
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isStatus(value: unknown): value is RecentThread['status'] {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const { type, reason } = value as Record<string, unknown>;
  return isShortText(type) && (reason === null || isShortText(reason));
}

/** Guards against other tabs' older builds, other apps on the origin and hand edits. */
export function isRecentThread(value: unknown): value is RecentThread {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    isThreadId(entry.id) &&
    (entry.title === null || isShortText(entry.title)) &&
    isStatus(entry.status) &&
    typeof entry.viewedAt === 'number' &&
    Number.isFinite(entry.viewedAt) &&
    entry.viewedAt > 0
  );
}

/** Valid entries only, deduplicated, most recent first; anything unreadable counts as empty. */
export function parseRecent(raw: string | null): RecentThread[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value
    .filter(isRecentThread)
    .sort((a, b) => b.viewedAt - a.viewedAt)
    .filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)))
    .slice(0, MAX_RECENT);
}

/** This tab's subscribers (see recent-subscribe.ts), told after every write. */
export const recentListeners = new Set<() => void>();

/** The stored text; null when storage is empty or unavailable (disabled, private mode). */
export function readRecentRaw(): string | null {
  try {
    return window.localStorage.getItem(RECENT_KEY);
  } catch {
    return null;
  }
}

/** Replaces the stored list (null removes it) and tells this tab's subscribers. */
export function writeRecent(entries: readonly RecentThread[] | null): void {
  try {
    if (entries) window.localStorage.setItem(RECENT_KEY, JSON.stringify(entries));
    else window.localStorage.removeItem(RECENT_KEY);
  } catch {
    // Full or unavailable storage: the list is a convenience, never worth an error.
  }
  for (const listener of recentListeners) listener();
}

export function recordRecent(entry: RecentThread): void {
  const rest = parseRecent(readRecentRaw()).filter((existing) => existing.id !== entry.id);
  writeRecent([entry, ...rest].slice(0, MAX_RECENT));
}
