import { useLayoutEffect, useRef } from 'react';
import { useSearch } from 'wouter';
import { usePathname } from 'wouter/use-browser-location';
import { lastNavigationKind, scrollClaimedOnThisPage } from '@/client/lib/navigation';

const STORAGE_KEY = 'threadline:scroll-positions';
/** Content can arrive after the page does (a lazy chunk, cached pages, measured rows). */
const RESTORE_FOR_MS = 1500;

type EntryState = { threadlineKey?: string } | null;

const positions = new Map<string, number>(readStored());

function readStored(): [string, number][] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as [string, number][]).slice(-50) : [];
  } catch {
    return [];
  }
}

/** A key per history entry, kept in history.state, so Back finds the position it left. */
function entryKey(): string {
  const state = history.state as EntryState;
  if (state?.threadlineKey) return state.threadlineKey;
  const key = Math.random().toString(36).slice(2);
  // The prototype's method: wouter's patched one would announce a navigation that is not one.
  History.prototype.replaceState.call(history, { ...state, threadlineKey: key }, '');
  return key;
}

/**
 * Back and Forward return to where the page was left (the queue, a thread); a followed link
 * starts at the top, unless it targets an item (#cthi_…), which the thread view scrolls to, or
 * the page has put itself somewhere already (claimScroll: a thread opened at its newest items).
 * An address replaced in place that keeps its entry's state (the split view's `?selected=`) is
 * the same place: it keeps its scroll position.
 */
export function useScrollRestoration(): void {
  const pathname = usePathname();
  const search = useSearch();
  const shownEntry = useRef<string | null>(null);

  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => positions.set(entryKey(), window.scrollY));
    };
    const persist = () =>
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-50)));
    addEventListener('scroll', save, { passive: true });
    addEventListener('pagehide', persist);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', save);
      removeEventListener('pagehide', persist);
    };
  }, []);

  useLayoutEffect(() => {
    const entry = entryKey();
    if (entry === shownEntry.current) return;
    shownEntry.current = entry;
    const target = lastNavigationKind() === 'pop' ? (positions.get(entryKey()) ?? 0) : 0;
    if (target === 0 && (window.location.hash !== '' || scrollClaimedOnThisPage())) return;
    window.scrollTo(0, target);
    if (window.scrollY === target) return;
    // The page is still shorter than the saved position: keep trying while it grows, and give up
    // the moment the agent scrolls by themselves.
    const deadline = performance.now() + RESTORE_FOR_MS;
    let frame = requestAnimationFrame(function retry() {
      window.scrollTo(0, target);
      if (window.scrollY !== target && performance.now() < deadline) {
        frame = requestAnimationFrame(retry);
      }
    });
    const stop = () => cancelAnimationFrame(frame);
    const interactions = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of interactions) addEventListener(type, stop, { once: true, passive: true });
    return () => {
      stop();
      for (const type of interactions) removeEventListener(type, stop);
    };
  }, [pathname, search]);
}
