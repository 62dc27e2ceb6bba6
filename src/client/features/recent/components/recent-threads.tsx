import { useRef } from 'react';
import { Link } from 'wouter';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { ThreadStatusBadge } from '@/client/entities/thread/ui/thread-status-badge';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { cn } from '@/client/lib/cn';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { useRecentThreads } from '../hooks/use-recent-threads';
import { clearRecent } from '../lib/recent-subscribe';

/** Home's "Recently viewed": remembered in this browser only, and clearable. */
export function RecentThreads() {
  const recent = useRecentThreads();
  const heading = useRef<HTMLHeadingElement>(null);

  function clear() {
    clearRecent();
    // The button disappears with the list; keep the keyboard user's place.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="recent-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          Recently viewed
        </h2>
        {recent.length > 0 && (
          <button type="button" className={secondaryButton} onClick={clear}>
            Clear
          </button>
        )}
      </div>
      {recent.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Threads you open are listed here, in this browser only.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {recent.map((entry) => (
            <li
              key={entry.id}
              className="flex min-w-0 flex-col gap-1.5 p-3 sm:grid sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,15rem)] sm:items-center sm:gap-4"
            >
              <div className="flex min-w-0 flex-col gap-0.5">
                <Link
                  to={`/threads/${entry.id}`}
                  className={cn(
                    'min-w-0 font-medium [overflow-wrap:anywhere] text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
                    !entry.title && 'italic',
                  )}
                >
                  {entry.title === null ? 'Untitled thread' : revealInvisible(entry.title)}
                </Link>
                <code className="min-w-0 truncate font-mono text-xs text-slate-700 dark:text-slate-300">
                  {entry.id}
                </code>
              </div>
              <span className="text-sm whitespace-nowrap text-slate-600 dark:text-slate-400">
                Viewed <RelativeTime seconds={entry.viewedAt / 1000} />
              </span>
              <ThreadStatusBadge status={readStatus(entry.status)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
