import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useStepKeys } from '@/client/features/queue/hooks/use-step-keys';
import { ThreadView } from '../thread-page/thread-view';
import type { ListPageNav } from './use-list-nav';

interface ListSplitLayoutProps {
  nav: ListPageNav;
  /** The list: heading, filters, rows. */
  children: ReactNode;
}

/**
 * Wide screens: the list on the left, scrolling by itself and staying in view, and the selected
 * thread on the right, scrolling with the page (its transcript is virtualized against the
 * window). Narrow screens: the list alone; a row opens the thread page.
 */
export function ListSplitLayout({ nav, children }: ListSplitLayoutProps) {
  const { split, selected, scroller } = nav;
  const pane = useRef<HTMLElement>(null);
  const shown = useRef(selected);
  useEffect(() => {
    if (shown.current === selected) return;
    shown.current = selected;
    // A newly selected thread is read from its top, not from where the last one was left.
    if ((pane.current?.getBoundingClientRect().top ?? 0) < 0) window.scrollTo(0, 0);
  }, [selected]);
  useStepKeys((direction) => {
    if (split) nav.onStepSelection(direction);
  });

  if (!split) return children;
  return (
    // Wider than the page's reading column: two panes need the room a wide screen has.
    <div className="grid grid-cols-[minmax(22rem,2fr)_minmax(0,3fr)] items-start gap-6">
      <div ref={scroller} className="sticky top-0 max-h-dvh overflow-y-auto p-1">
        {children}
      </div>
      <section ref={pane} aria-label="Selected thread" className="flex min-w-0 flex-col gap-3">
        {selected ? (
          <>
            <Link
              to={`/threads/${selected}`}
              onClick={(event) => {
                event.preventDefault();
                nav.onOpen(selected);
              }}
              className="self-end text-sm font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
            >
              Open full page
            </Link>
            <ThreadView key={selected} threadId={selected} />
          </>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Select a thread to read it here: click a row, or move with j and k (↑ and ↓) once the
            list has focus. Enter opens the full page.
          </p>
        )}
      </section>
    </div>
  );
}
