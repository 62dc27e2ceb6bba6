import type { ReactNode } from 'react';
import type { ThreadSummary } from '@/shared/api-contract';
import { CopyButton } from '@/client/components/ui/copy-button';
import { readTitle, readUser } from '@/client/entities/thread/model/thread-facts';
import { cn } from '@/client/lib/cn';
import { HeaderTime } from './header-time';

interface ThreadFactsListProps {
  threadId: string;
  thread: ThreadSummary;
  /** Unix seconds of the newest item known, or undefined while none is. */
  lastActivity: number | undefined;
  /** Repeat the title (the rail, where the page's heading has scrolled away). */
  showTitle?: boolean;
}

const missing = 'text-slate-600 italic dark:text-slate-400';

/** Title, user, created, last activity and the thread ID with its copy buttons. */
export function ThreadFactsList({
  threadId,
  thread,
  lastActivity,
  showTitle,
}: ThreadFactsListProps) {
  const title = readTitle(thread);
  const user = readUser(thread);
  return (
    <dl className="flex min-w-0 flex-col gap-2.5 text-sm">
      {showTitle && (
        <Fact term="Title">{title ?? <span className={missing}>Untitled thread</span>}</Fact>
      )}
      <Fact term="User">{user ?? <span className={missing}>Unknown user</span>}</Fact>
      <Fact term="Created">
        <HeaderTime seconds={thread.created_at} />
      </Fact>
      <Fact term="Last activity">
        {lastActivity === undefined ? (
          <span className={missing}>Not known yet</span>
        ) : (
          <HeaderTime seconds={lastActivity} />
        )}
      </Fact>
      <Fact term="Thread ID" className="flex flex-col items-start gap-1.5">
        <code className="font-mono text-xs [overflow-wrap:anywhere]">{threadId}</code>
        <span className="flex flex-wrap gap-1.5">
          <CopyButton text={threadId} label="Copy ID" />
          <CopyButton text={window.location.origin + `/threads/${threadId}`} label="Copy link" />
        </span>
      </Fact>
    </dl>
  );
}

function Fact(props: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{props.term}</dt>
      <dd
        className={cn(
          'min-w-0 [overflow-wrap:break-word] text-slate-900 dark:text-slate-100',
          props.className,
        )}
      >
        {props.children}
      </dd>
    </div>
  );
}
