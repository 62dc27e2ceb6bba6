import type { IndexedThreadSummary, ThreadSummary } from '@/shared/api-contract';
import type { ReactNode } from 'react';
import { Skeleton } from '@/client/components/ui/skeleton';
import { ReviewBadge } from '@/client/entities/review/ui/review-badge';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { ThreadStatusBadge } from '@/client/entities/thread/ui/thread-status-badge';
import { cn } from '@/client/lib/cn';
import { useRowLatest } from '../hooks/use-row-latest';
import { NO_CUSTOMER_MESSAGE, rowReason, type LatestActivity } from '../lib/row-format';

/** A row's thread: from the index with its review (null: never reviewed), or scanned without. */
export type QueueThread = ThreadSummary & Pick<IndexedThreadSummary, 'review'>;

interface QueueRowProps {
  thread: QueueThread;
  /** This agent's name, so their own claims say "you". */
  agentName: string | null | undefined;
  /** The title as shown: a link on the narrow list, plain text inside a listbox option. */
  renderTitle: (title: ReactNode) => ReactNode;
}

/** Element ids of a row's title and details, so a listbox option can be named by its title. */
export function rowIds(threadId: string) {
  return { titleId: `queue-title-${threadId}`, detailsId: `queue-details-${threadId}` };
}

const muted = 'text-sm text-slate-600 dark:text-slate-400';
/** Each lazily read line keeps one line's height from the start: nothing below it moves. */
const line = 'h-5 min-w-0 truncate';

/**
 * One thread in the queue: title, last activity, status and review in words, user, last
 * customer message.
 */
export function QueueRow({ thread, agentName, renderTitle }: QueueRowProps) {
  const { titleId, detailsId } = rowIds(thread.id);
  const { anchor, latest, failed } = useRowLatest<HTMLDivElement>(thread.id);
  const title = readTitle(thread);
  const user = readUser(thread);
  const status = readStatus(thread.status);
  return (
    <div ref={anchor} className="flex min-w-0 flex-col gap-1">
      <div className="flex min-w-0 items-start justify-between gap-3">
        {renderTitle(
          <span id={titleId} className={cn('min-w-0 [overflow-wrap:anywhere]', !title && 'italic')}>
            {title ?? 'Untitled thread'}
          </span>,
        )}
        <div className={cn(muted, 'mt-0.5 h-5 shrink-0 whitespace-nowrap')}>
          <ActivityText latest={latest} failed={failed} />
        </div>
      </div>
      <div id={detailsId} className="flex min-w-0 flex-col gap-1">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <ThreadStatusBadge status={{ ...status, reason: rowReason(status) }} />
          {/* Scanned rows know nothing of reviews: no badge rather than a wrong "Unreviewed". */}
          {thread.review !== undefined && (
            <ReviewBadge review={thread.review} agentName={agentName} />
          )}
          <span className={cn(muted, 'min-w-0 truncate')}>
            {user ?? <span className="italic">Unknown user</span>}
          </span>
        </div>
        <div className={cn(muted, line)}>
          <MessageText latest={latest} failed={failed} />
        </div>
      </div>
    </div>
  );
}

interface LatestProps {
  latest: LatestActivity | undefined;
  failed: boolean;
}

function ActivityText({ latest, failed }: LatestProps) {
  if (latest?.lastActivity)
    return (
      <>
        <span className="sr-only">Last activity </span>
        <RelativeTime seconds={latest.lastActivity} />
      </>
    );
  if (latest) return <span className="italic">No activity yet</span>;
  if (failed) return <span className="italic">Activity unknown</span>;
  return <Skeleton className="my-0.5 h-4 w-16" />;
}

function MessageText({ latest, failed }: LatestProps) {
  if (latest?.lastCustomerMessage)
    return (
      <>
        <span className="sr-only">Last customer message: </span>
        <span className="text-slate-800 dark:text-slate-200">{latest.lastCustomerMessage}</span>
      </>
    );
  if (latest) return <span className="italic">{NO_CUSTOMER_MESSAGE}</span>;
  if (failed) return <span className="italic">Couldn't read the latest items</span>;
  return <Skeleton className="my-0.5 h-4 w-3/4" />;
}
