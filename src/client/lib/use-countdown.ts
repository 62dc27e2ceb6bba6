import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left until `seconds` from now; calls `onDone` once when it reaches zero. A new
 * `restartOn` value (the next failure) starts a fresh countdown, so a retry that is refused
 * again waits the full time instead of retrying at once (a storm the server would refuse).
 */
export function useCountdown(seconds: number, onDone: () => void, restartOn?: unknown): number {
  const [countdown, setCountdown] = useState({ left: seconds, restartOn });
  if (countdown.restartOn !== restartOn) setCountdown({ left: seconds, restartOn });

  // Callers pass inline callbacks; the latest one runs, without restarting the timer.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    if (countdown.left <= 0) {
      done.current();
      return;
    }
    const timer = setTimeout(
      () => setCountdown((current) => ({ ...current, left: current.left - 1 })),
      1000,
    );
    return () => clearTimeout(timer);
  }, [countdown]);

  return countdown.left;
}
