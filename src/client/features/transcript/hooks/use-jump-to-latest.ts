import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TranscriptHandle } from '../components/transcript-list';
import { loadRevealDom } from '../lib/load-reveal-dom';
import type { NewestControl } from '@/client/entities/thread/model/transcript-progress';

export interface JumpState {
  jump: () => void;
  /** For a polite live region: what the jump is doing or did. */
  message: string;
  busy: boolean;
}

/**
 * "Jump to latest": with everything loaded, focuses the last item. While pages are still coming
 * in, fetches the newest page first, then focuses its last item; the background load carries on
 * and fills in the items between.
 */
export function useJumpToLatest(
  transcript: RefObject<TranscriptHandle | null>,
  count: number,
  newest: NewestControl,
  /** Changes when the list is replaced (the virtual list taking over from its stand-in). */
  listKey: string,
): JumpState {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const { request, ready, failed, pendingAt } = newest;

  const jump = useCallback(() => {
    if (!ready) {
      request();
      setMessage('Loading the newest items…');
    }
    setPending(true);
  }, [ready, request]);

  // A failed fetch ends the jump: showing the end much later, when loading gets there, would
  // move the reader without being asked.
  if (pending && failed) {
    setPending(false);
    setMessage('The newest items could not be loaded. They will appear when loading reaches them.');
  }

  useEffect(() => {
    if (!pending || !ready || count === 0) return;
    let cancelled = false;
    void Promise.all([transcript.current?.revealLast(), loadRevealDom()]).then(([row, dom]) => {
      if (cancelled || !row) return;
      dom.focusCard(row);
      setPending(false);
      setMessage(
        pendingAt === null
          ? 'Showing the last item.'
          : 'Showing the newest items. Earlier items are still loading.',
      );
    });
    return () => {
      cancelled = true;
    };
  }, [transcript, pending, ready, count, pendingAt, listKey]);

  return { jump, message, busy: pending };
}
