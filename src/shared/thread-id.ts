/**
 * Thread IDs come from pasted text and URLs, so they are validated before anything reaches the
 * upstream API: an empty or dotted ID would otherwise address a different upstream path.
 */
export const THREAD_ID_PATTERN = /^cthr_[A-Za-z0-9_-]{1,128}$/;

/** Cursor IDs (`after` / `before`) are item or thread IDs: same conservative alphabet. */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export function isThreadId(value: string): value is string {
  return THREAD_ID_PATTERN.test(value);
}

const EMBEDDED_ID = /cthr_[A-Za-z0-9_-]+/;

export type ThreadIdExtraction =
  { ok: true; threadId: string } | { ok: false; reason: 'empty' | 'no_id' | 'too_long' };

/**
 * Finds a thread ID in whatever an agent pastes: a bare ID with stray whitespace or quotes,
 * a deep link of ours, a platform logs URL, or a sentence that mentions one.
 */
export function extractThreadId(input: string): ThreadIdExtraction {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = EMBEDDED_ID.exec(text);
  if (!match) return { ok: false, reason: 'no_id' };
  const candidate = match[0];
  return isThreadId(candidate)
    ? { ok: true, threadId: candidate }
    : { ok: false, reason: 'too_long' };
}

export interface ThreadIdCandidate {
  id: string;
  /** False for a `cthr_…` token that is not a usable ID (too long): flag it, never request it. */
  valid: boolean;
}

/**
 * Every distinct `cthr_…` token in pasted text (a list, a CSV cell, a ticket body), in the order
 * first seen. Malformed tokens are kept so the reader can be told which ones were skipped.
 */
export function extractThreadIds(input: string): ThreadIdCandidate[] {
  const seen = new Set<string>();
  const found: ThreadIdCandidate[] = [];
  for (const [token] of input.matchAll(new RegExp(EMBEDDED_ID.source, 'g'))) {
    if (seen.has(token)) continue;
    seen.add(token);
    found.push({ id: token, valid: isThreadId(token) });
  }
  return found;
}
