import { useEffect, useState, type RefObject } from 'react';

/** Rows this far below the viewport count as seen, so their text is in before they scroll in. */
const AHEAD = '200px';

/** Soon, but never later than this: a row the agent looks at fills in within a blink. */
const IDLE_TIMEOUT_MS = 300;

function whenIdle(run: () => void): number {
  if (typeof requestIdleCallback === 'function')
    return requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return window.setTimeout(run, 0);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/**
 * True once the element has come near the viewport, and from then on: a row's lazily read
 * details are wanted once, not again each time it scrolls past.
 */
export function useSeen(ref: RefObject<Element | null>): boolean {
  // Without an observer (old browsers, tests) every row counts as seen.
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    let idle: number | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || idle !== undefined) return;
        // Each row in an idle moment of its own: the rows a page shows at once then start their
        // requests (and re-render) one short task each, not all in one long task after first
        // paint, which a phone feels as the page not answering.
        idle = whenIdle(() => setSeen(true));
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdle(idle);
    };
  }, [ref, seen]);
  return seen;
}
