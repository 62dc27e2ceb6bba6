import type * as RevealDom from './reveal-dom';

let loading: Promise<typeof RevealDom> | undefined;

/**
 * reveal-dom's steps, fetched the first time a row is revealed (an item link, a find match, j/k,
 * Jump to latest): a thread's first view runs none of them, so its first load skips them.
 */
export function loadRevealDom(): Promise<typeof RevealDom> {
  return (loading ??= import('./reveal-dom'));
}

/** Whether anything has asked for reveal-dom yet; before that, nothing on the page was marked. */
export function revealDomRequested(): boolean {
  return loading !== undefined;
}
