import type { ReactNode, Ref } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';

/** The parts both kinds of list (from the index, or scanned in the browser) show alike. */

export function ListLoadFailed({
  subject,
  error,
  onRetry,
}: {
  /** "thread list", "next page of threads" */
  subject: string;
  error: Error;
  onRetry: () => void;
}) {
  return <ThreadLoadError threadId="" subject={subject} error={error} onRetry={onRetry} />;
}

export function EmptyList({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  );
}

export function LoadMoreButton({
  busy,
  onMore,
  ref,
}: {
  busy: boolean;
  onMore: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={ref}
      type="button"
      className={`${secondaryButton} self-center`}
      // Not `disabled`: that would drop keyboard focus while the page loads.
      aria-disabled={busy}
      onClick={busy ? undefined : onMore}
    >
      {busy ? 'Loading…' : 'Load more'}
    </button>
  );
}
