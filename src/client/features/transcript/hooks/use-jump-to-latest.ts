import { useCallback, useState } from 'react';
import type { NewestControl } from '@/client/entities/thread/model/transcript-progress';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { Reveal } from './use-transcript-navigation';

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
  shown: readonly TranscriptItem[],
  newest: NewestControl,
  reveal: Reveal,
): JumpState {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  // Shown the newest items ahead of the earlier ones: say so again when those have all come in.
  const [aheadOfLoading, setAheadOfLoading] = useState(false);
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

  // By key, not by index: pages inserted before the newest ones shift every index.
  const last = shown.at(-1)?.key;
  if (pending && ready && last !== undefined) {
    setPending(false);
    reveal(last, true);
    setAheadOfLoading(pendingAt !== null);
    setMessage(
      pendingAt === null
        ? 'Showing the last item.'
        : 'Showing the newest items. Earlier items are still loading.',
    );
  }
  if (aheadOfLoading && pendingAt === null) {
    setAheadOfLoading(false);
    setMessage('All earlier items have loaded.');
  }

  return { jump, message, busy: pending };
}
