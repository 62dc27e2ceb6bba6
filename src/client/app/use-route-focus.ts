import { useEffect } from 'react';
import { usePathname } from 'wouter/use-browser-location';
import {
  focusAtLastNavigation,
  focusClaimedOnThisPage,
  hasNavigated,
} from '@/client/lib/navigation';

/** Pages can render their heading late (a lazy chunk, the thread's first request). */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * Focus someone else has placed since the navigation (a typed-in field, a restored row) stays.
 * `left` is where focus was when the agent left the previous page; later replacements of the
 * address (a list selecting the row it restored) do not count as leaving.
 */
function focusIsFree(left: Element | null): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  return active === left && !active.closest('[data-keeps-focus]');
}

function focusHeading(heading: HTMLElement, left: Element | null): void {
  if (focusClaimedOnThisPage() || !focusIsFree(left)) return;
  // Focusable from script only: Tab order stays as it was.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/**
 * A change of page moves focus to the new page's <h1>, so a screen reader starts reading there
 * and Tab continues from it, instead of focus staying on a link that no longer exists (which
 * drops it on <body>). Not on the first load (the browser starts at the top), not when the page
 * has put focus back where the agent left it (the list row that was worked, `claimFocus`), not
 * when the
 * address targets an item (#cthi_…, which the transcript focuses), not when focus was moved on
 * meanwhile, and not when the navigation came from inside `[data-keeps-focus]` (a list in a
 * split view that keeps its selection).
 */
export function useRouteFocus(main: string): void {
  const pathname = usePathname();
  useEffect(() => {
    if (!hasNavigated() || window.location.hash !== '') return;
    const left = focusAtLastNavigation();
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
      focusHeading(now, left);
      return;
    }
    const observer = new MutationObserver(() => {
      const heading = find();
      if (!heading) return;
      stop();
      focusHeading(heading, left);
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
