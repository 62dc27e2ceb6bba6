import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { TranscriptHandle } from '../components/transcript-list';
import type { FindMatch } from '@/client/lib/text-match';
import { loadRevealDom, revealDomRequested } from '../lib/load-reveal-dom';
import type { ItemTarget } from './use-item-target';

type Handle = RefObject<TranscriptHandle | null>;

/** Scrolls to and focuses the linked item once per navigation, and again if the list is rebuilt. */
export function useRevealTarget(transcript: Handle, target: ItemTarget, listKey: string) {
  const index = useRef(target.index);
  useEffect(() => {
    index.current = target.index;
  });
  const found = target.index !== -1;
  useEffect(() => {
    if (!found) return;
    let cancelled = false;
    void Promise.all([transcript.current?.reveal(index.current), loadRevealDom()]).then(
      ([row, dom]) => {
        if (!cancelled && row) dom.focusCard(row);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [transcript, target.navigationKey, found, listKey]);
}

/** Scrolls to the current find match whenever it moves (not when more pages merely arrive). */
export function useRevealMatch(transcript: Handle, current: FindMatch | undefined, query: string) {
  const id = current ? `${query}\n${current.key}\n${String(current.occurrence)}` : '';
  const index = current?.index ?? -1;
  const occurrence = current?.occurrence ?? 0;
  useEffect(() => {
    // Only a match shown earlier, which loaded the DOM steps, can be marked as current.
    if (id === '' && !revealDomRequested()) return;
    let cancelled = false;
    const row = id === '' ? null : transcript.current?.reveal(index);
    void loadRevealDom().then((dom) => {
      if (cancelled) return;
      dom.clearCurrentMark();
      void row?.then((shown) => {
        if (!cancelled && shown) dom.showMark(shown, occurrence);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [transcript, id, index, occurrence]);
}

/** j/k: focus the next or previous item card, scrolling a virtualized list there first. */
export function useItemStepper(transcript: Handle, count: number) {
  return useCallback(
    (delta: 1 | -1) => {
      if (count === 0) return;
      void loadRevealDom().then(async (dom) => {
        const row = await transcript.current?.reveal(dom.stepTarget(delta, count));
        if (row) dom.focusCard(row);
      });
    },
    [transcript, count],
  );
}
