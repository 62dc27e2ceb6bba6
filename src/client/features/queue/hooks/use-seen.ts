import { useEffect, useState, type RefObject } from 'react';

/** Rows this far below the viewport count as seen, so their text is in before they scroll in. */
const AHEAD = '200px';

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
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
