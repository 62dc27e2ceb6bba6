import type { ReactNode } from 'react';
import type { ThreadStatus } from '@/shared/api-contract';
import { DisclosurePopover } from '@/client/components/ui/disclosure-popover';
import { statusWords } from '@/client/entities/thread/model/status-words';
import { cn } from '@/client/lib/cn';
import { statusDot } from './status-summary';

const barButton =
  'inline-flex shrink-0 items-center rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

interface ThreadBarProps {
  status: ThreadStatus;
  /** What the "Thread actions" button opens: facts with copy ID, export, handoff. */
  children: ReactNode;
}

/**
 * Narrow screens' stand-in for the facts rail: a slim bar that stays at the top while the
 * transcript scrolls, with the status in words and the thread's actions one tap away.
 */
export function ThreadBar({ status, children }: ThreadBarProps) {
  const words = statusWords(status);
  return (
    <div className="sticky top-0 z-20 -mx-4 -mt-6 flex min-w-0 items-center gap-2.5 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <span
        aria-hidden="true"
        className={cn('size-2.5 shrink-0 rounded-full', statusDot[words.kind])}
      />
      <p className="flex min-w-0 flex-1 flex-col text-sm leading-tight">
        {/* Short for the eye, whole for the ear. */}
        <span className="sr-only">{words.sentence}</span>
        <span
          aria-hidden="true"
          className="truncate font-semibold text-slate-900 dark:text-slate-50"
        >
          <span className="sm:hidden">{words.short}</span>
          <span className="hidden sm:inline">{words.state}</span>
        </span>
        {words.reason !== null && (
          <span
            aria-hidden="true"
            className={cn(
              'truncate text-xs text-slate-700 dark:text-slate-300',
              !words.reasonGiven && 'italic',
            )}
          >
            {words.reason}
          </span>
        )}
      </p>
      <DisclosurePopover
        label={
          <>
            Actions<span aria-hidden="true">&nbsp;▾</span>
          </>
        }
        accessibleName="Thread actions"
        buttonClassName={barButton}
        panelClassName="top-full right-0 mt-2 flex max-h-[calc(100dvh-6rem)] w-[min(22rem,calc(100vw-2rem))] flex-col gap-4 overflow-y-auto"
      >
        {children}
      </DisclosurePopover>
    </div>
  );
}
