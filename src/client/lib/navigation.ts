import { useSyncExternalStore } from 'react';

/**
 * Browser-history facts the router does not track: the #fragment, and a counter that moves on
 * every navigation. wouter patches pushState/replaceState to dispatch events of those names, so
 * listening to them (with popstate and hashchange) sees every change of address.
 */
const EVENTS = ['popstate', 'pushState', 'replaceState', 'hashchange'] as const;

let navigationCount = 0;
let lastKind: 'push' | 'pop' = 'push';
let focusedAtNavigation: Element | null = null;
// The latest change of page (path), as opposed to a change of query or fragment within one.
let lastPathname = window.location.pathname;
let pageChangeNumber = 0;
const listeners = new Set<() => void>();

function onNavigation(event: Event) {
  navigationCount += 1;
  if (window.location.pathname !== lastPathname) {
    lastPathname = window.location.pathname;
    pageChangeNumber = navigationCount;
    // Where focus was as the agent left the page: a page that moves it on purpose since (a list
    // restoring its row, even if it then replaces the address) keeps it there.
    focusedAtNavigation = document.activeElement;
  }
  if (event.type === 'popstate') lastKind = 'pop';
  else if (event.type === 'pushState') lastKind = 'push';
  for (const listener of listeners) listener();
}

// Listening from the start, not only while a component subscribes: the scroll restoration must
// know how the page it lands on was reached, whatever page the agent came from.
for (const type of EVENTS) addEventListener(type, onNavigation);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current #fragment, including the '#', or ''. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** Changes on every navigation, including a hash set by script or the same link followed twice. */
export function useNavigationKey(): number {
  return useSyncExternalStore(subscribe, () => navigationCount);
}

/** Whether the latest change of page came from Back/Forward (restore scroll) or a link (top). */
export function lastNavigationKind(): 'push' | 'pop' {
  return lastKind;
}

/** What held focus when the address last changed: the link, button or field that changed it. */
/** Where focus was when the agent left the previous page. */
export function focusAtLastNavigation(): Element | null {
  return focusedAtNavigation;
}

/** Whether the address has changed since the page loaded. */
export function hasNavigated(): boolean {
  return navigationCount > 0;
}

let claimedAt = -1;

/**
 * A page has put focus somewhere on purpose since the latest navigation (a list restoring the
 * row the agent worked): the route's own focus move (app/use-route-focus.ts) leaves it there.
 */
export function claimFocus(): void {
  claimedAt = navigationCount;
}

/** Whether a page has claimed focus since the latest change of page. */
export function focusClaimedOnThisPage(): boolean {
  return claimedAt >= pageChangeNumber;
}

let scrollClaimedAt = -1;

/**
 * A page has scrolled itself on purpose since the latest navigation (a thread opening at its
 * newest items, in the same render that shows it): the scroll to the top a followed link gets
 * (app/use-scroll-restoration.ts) leaves it there. Back and Forward still restore.
 */
export function claimScroll(): void {
  scrollClaimedAt = navigationCount;
}

/** Whether a page has claimed the scroll position since the latest navigation. */
export function scrollClaimedOnThisPage(): boolean {
  return scrollClaimedAt >= navigationCount;
}
