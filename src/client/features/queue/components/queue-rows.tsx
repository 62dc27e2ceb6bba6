import { useRef } from 'react';
import { Link } from 'wouter';
import { useListRows } from '@/client/lib/use-list-rows';
import type { ListClaims, ListNav } from '@/client/lib/list-nav';
import { QueueRow, rowIds, type QueueThread } from './queue-row';

interface QueueRowsProps {
  rows: readonly QueueThread[];
  /** The listbox's name on wide screens: the list's title. */
  label: string;
  nav: ListNav;
  /** This agent's name (from /api/me); undefined until known. Their own claims say "you". */
  agentName?: string | null | undefined;
}

const frame =
  'divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800';
const option =
  'block cursor-pointer p-3 outline-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 aria-selected:bg-sky-50 aria-selected:shadow-[inset_3px_0_0] aria-selected:shadow-sky-700 dark:hover:bg-slate-900 dark:aria-selected:bg-sky-950 dark:aria-selected:shadow-sky-400';
const link =
  'min-w-0 font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300';

/**
 * The queue's rows: on wide screens a listbox whose selection shows in the pane beside it, on
 * narrow ones a list of links to the thread page.
 */
export function QueueRows({ rows, label, nav, agentName }: QueueRowsProps) {
  const container = useRef<HTMLDivElement>(null);
  const ids = rows.map((thread) => thread.id);
  const list = useListRows(container, ids, nav, claimsOf(rows));

  if (nav.split)
    return (
      <div ref={container} {...list.listProps} aria-label={label} className={frame}>
        {rows.map((thread) => (
          <div
            key={thread.id}
            {...list.optionProps(thread.id)}
            data-row-id={thread.id}
            aria-labelledby={rowIds(thread.id).titleId}
            aria-describedby={rowIds(thread.id).detailsId}
            className={option}
          >
            <QueueRow
              thread={thread}
              agentName={agentName}
              renderTitle={(title) => <span className="font-medium">{title}</span>}
            />
          </div>
        ))}
      </div>
    );

  return (
    <div ref={container}>
      <ul className={frame}>
        {rows.map((thread) => (
          <li key={thread.id} className="p-3">
            <QueueRow
              thread={thread}
              agentName={agentName}
              renderTitle={(title) => (
                <Link
                  to={`/threads/${thread.id}`}
                  data-row-id={thread.id}
                  className={link}
                  onClick={(event) => {
                    event.preventDefault();
                    nav.onOpen(thread.id);
                  }}
                >
                  {title}
                </Link>
              )}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Who holds each row under review, for Next in queue to pass by others' claims. */
function claimsOf(rows: readonly QueueThread[]): ListClaims {
  const claims: Record<string, string> = {};
  for (const { id, review } of rows)
    if (review?.state === 'in_review' && review.claimed_by) claims[id] = review.claimed_by;
  return claims;
}
