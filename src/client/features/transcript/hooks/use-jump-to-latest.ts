import { useCallback, useState } from 'react';
import type { EndsControl } from '@/client/entities/thread/model/transcript-progress';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { Reveal } from './use-transcript-navigation';

export interface JumpState {
  jump: () => void;
  /** Shows the thread's first item, loading the first page when the window is elsewhere. */
  toStart: () => void;
  /** For a polite live region: what the jump is doing or did. */
  message: string;
  busy: boolean;
  atStart: boolean;
}

type Pending = 'latest' | 'start' | null;

/**
 * "Jump to latest" and "Jump to start": when the loaded items reach that end, focuses its item
 * at once; otherwise moves the loaded window there (the newest page is already in hand, so the
 * end shows without walking the thread) and focuses it when it arrives.
 */
export function useJumpToLatest(
  shown: readonly TranscriptItem[],
  ends: EndsControl,
  reveal: Reveal,
  /** `shown` is what is loaded; false while it lags (the ends already describe the new window). */
  settled = true,
): JumpState {
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');
  const { toLatest, toStart, atLatest, atStart, failed } = ends;

  const jump = useCallback(() => {
    if (!atLatest) {
      toLatest();
      setMessage('Loading the newest items…');
    }
    setPending('latest');
  }, [atLatest, toLatest]);

  const jumpToStart = useCallback(() => {
    if (!atStart) {
      toStart();
      setMessage('Loading the first items…');
    }
    setPending('start');
  }, [atStart, toStart]);

  // A failed fetch ends the jump: showing the end much later would move the reader unasked.
  if (pending === 'latest' && failed && !atLatest) {
    setPending(null);
    setMessage('The newest items could not be loaded. Try again in a moment.');
  }

  // By key, not by index: pages inserted before the newest ones shift every index.
  const last = shown.at(-1)?.key;
  if (pending === 'latest' && atLatest && settled && last !== undefined) {
    setPending(null);
    reveal(last, true);
    setMessage('Showing the last item.');
  }
  const first = shown[0]?.key;
  if (pending === 'start' && atStart && settled && first !== undefined) {
    setPending(null);
    reveal(first, true);
    setMessage('Showing the first item.');
  }

  return { jump, toStart: jumpToStart, message, busy: pending !== null, atStart };
}
