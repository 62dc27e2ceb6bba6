import { use, useEffect, useRef, type ReactNode } from 'react';
import { CurrentMarkContext, FindFieldContext } from './find-mark-context';
import { useRevealRequest } from './row-reveal-context';

/** Find matches; `data-current` marks the one "n of N" points at. */
const markClass =
  'rounded-sm bg-yellow-200 text-slate-950 data-current:bg-orange-300 data-current:outline-2 data-current:outline-orange-600 dark:bg-yellow-200 dark:text-slate-950 dark:data-current:bg-orange-300';

interface FindMarkProps {
  /** Which match this is within its field, from 0, in document order. */
  n: number;
  children: ReactNode;
}

/** One find match. The current one is emphasised, and shows itself when its row is revealed. */
export function FindMark({ n, children }: FindMarkProps) {
  const field = use(FindFieldContext);
  const current = use(CurrentMarkContext);
  const isCurrent = field !== null && current?.field === field && current.n === n;
  const request = useRevealRequest();
  const ref = useRef<HTMLElement>(null);
  const revealing = isCurrent ? request : null;
  // After the card's own scroll (a layout effect in ItemCard): the match, not the card, is what
  // ends up in the middle of the window, even in a card taller than the window.
  useEffect(() => {
    if (revealing) ref.current?.scrollIntoView({ block: 'center' });
  }, [revealing]);
  return (
    <mark ref={ref} data-current={isCurrent ? '' : undefined} className={markClass}>
      {children}
    </mark>
  );
}
