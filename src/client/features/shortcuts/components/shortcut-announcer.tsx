import { useEffect, useState } from 'react';
import { useAnnouncement } from '../lib/announce';

const SHOWN_FOR_MS = 2500;

/**
 * The live region `announce()` speaks through, mounted once by the app shell. It also shows the
 * words for a moment: a sighted keyboard user has no button next to a key press to look at.
 */
export function ShortcutAnnouncer() {
  const { text, count } = useAnnouncement();
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    if (count === 0) return;
    const timer = setTimeout(() => setHidden(count), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [count]);
  const visible = count > 0 && hidden !== count;
  return (
    <div
      role="status"
      className={
        visible
          ? 'fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-lg bg-slate-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900'
          : 'sr-only'
      }
    >
      {/* A new node per message: screen readers announce it even when the words repeat. */}
      <span key={count}>{text}</span>
    </div>
  );
}
