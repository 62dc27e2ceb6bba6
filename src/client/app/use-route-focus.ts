import { useEffect } from 'react';
import { usePathname } from 'wouter/use-browser-location';
import { focusAtLastNavigation, hasNavigated, lastNavigationKind } from '@/client/lib/navigation';

/** Pages can render their heading late (a lazy chunk, the thread's first request). */
const WAIT_FOR_HEADING_MS = 10_000;

/** Focus someone else has placed since the navigation (a typed-in field, a restored row) stays. */
function focusIsFree(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  return active === focusAtLastNavigation() && !active.closest('[data-keeps-focus]');
}

function focusHeading(heading: HTMLElement): void {
  if (!focusIsFree()) return;
  // Focusable from script only: Tab order stays as it was.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/**
 * A change of page moves focus to the new page's <h1>, so a screen reader starts reading there
 * and Tab continues from it, instead of focus staying on a link that no longer exists (which
 * drops it on <body>). Not on the first load (the browser starts at the top), not on Back or
 * Forward (the page being returned to puts focus back where the agent left it, e.g. the list row
 * that was worked), not when the
 * address targets an item (#cthi_…, which the transcript focuses), not when focus was moved on
 * meanwhile, and not when the navigation came from inside `[data-keeps-focus]` (a list in a
 * split view that keeps its selection).
 */
export function useRouteFocus(main: string): void {
  const pathname = usePathname();
  useEffect(() => {
    if (!hasNavigated() || lastNavigationKind() === 'pop' || window.location.hash !== '') return;
    const container = document.querySelector(main);
    if (!container) return;
    // The page being left can linger hidden (a Suspense boundary keeps it while the next
    // page's code loads): only a heading that is shown counts.
    const find = () =>
      [...container.querySelectorAll<HTMLElement>('h1')].find(
        (heading) => heading.getClientRects().length > 0,
      );
    const now = find();
    if (now) {
      focusHeading(now);
      return;
    }
    const observer = new MutationObserver(() => {
      const heading = find();
      if (!heading) return;
      stop();
      focusHeading(heading);
    });
    const timer = setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(container, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    return stop;
  }, [pathname, main]);
}
