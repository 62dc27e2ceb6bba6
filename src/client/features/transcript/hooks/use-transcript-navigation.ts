import { useCallback, useRef, useState, type RefObject } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { FindMatch } from '@/client/lib/text-match';
import type { RevealRequest } from '../components/items/row-reveal-context';
import type { TranscriptHandle } from '../components/transcript-list';
import type { ItemTarget } from './use-item-target';

export type Reveal = (key: string, focus: boolean, block?: 'center' | 'end') => void;

/**
 * Which row to bring into view next, and whether to focus it: deep links, Jump to latest, j/k
 * and find all go through here. The row answers (transcript-row.tsx) and the request is cleared.
 */
export function useRevealRequest() {
  const [request, setRequest] = useState<RevealRequest | null>(null);
  const reveal = useCallback<Reveal>(
    (key, focus, block) => setRequest(block ? { key, focus, block } : { key, focus }),
    [],
  );
  const done = useCallback(
    (answered: RevealRequest) => setRequest((pending) => (pending === answered ? null : pending)),
    [],
  );
  return { request, reveal, done };
}

/** Brings the linked item into view and focuses it, once per navigation, as soon as it is shown. */
export function useRevealTarget(target: ItemTarget, reveal: Reveal): void {
  const [answered, setAnswered] = useState<string | null>(null);
  if (target.key !== null && answered !== target.navigationKey) {
    setAnswered(target.navigationKey);
    reveal(target.key, true);
  }
}

/** Brings the current find match into view whenever it moves (not when more pages arrive). */
export function useRevealMatch(current: FindMatch | undefined, query: string, reveal: Reveal) {
  const id = current ? `${query}\n${current.key}\n${String(current.occurrence)}` : '';
  const [shown, setShown] = useState('');
  if (id !== shown) {
    setShown(id);
    if (current) reveal(current.key, false);
  }
}

type FocusedRow = { key: string; element: HTMLElement } | null;

/**
 * j/k: focus the next or previous item card. They go from the row holding focus, else from the
 * first row on screen, so "j" starts at what the reader is looking at.
 */
export function useItemStepper(
  shown: readonly TranscriptItem[],
  list: RefObject<TranscriptHandle | null>,
  reveal: Reveal,
) {
  const focused = useRef<FocusedRow>(null);
  const onRowFocus = useCallback((row: FocusedRow) => {
    focused.current = row;
  }, []);
  const step = useCallback(
    (delta: 1 | -1) => {
      if (shown.length === 0) return;
      // A focused row a virtual list has since unmounted left no blur event behind.
      const row = focused.current?.element.isConnected ? focused.current : null;
      const from = row ? shown.findIndex((entry) => entry.key === row.key) : -1;
      const first = list.current?.firstRowOnScreen() ?? 0;
      const next = from === -1 ? (delta > 0 ? first : first - 1) : from + delta;
      const entry = shown[Math.max(0, Math.min(shown.length - 1, next))];
      if (entry) reveal(entry.key, true);
    },
    [shown, list, reveal],
  );
  return { step, onRowFocus };
}
