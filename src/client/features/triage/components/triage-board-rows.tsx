import { useRef } from 'react';
import { useListRows } from '@/client/lib/use-list-rows';
import type { ListNav } from '@/client/lib/list-nav';
import type { TriageRowState } from '../lib/triage-rows';
import { TriageRow } from './triage-row';

interface BoardRow {
  id: string;
  state: TriageRowState;
  retry: () => void;
}

interface TriageBoardRowsProps {
  rows: readonly BoardRow[];
  nav: ListNav;
}

const frame =
  'divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800';

/**
 * The board's rows: on wide screens a listbox whose selection shows in the pane beside it
 * (malformed IDs stay listed but cannot be selected), on narrow ones a list of links.
 */
export function TriageBoardRows({ rows, nav }: TriageBoardRowsProps) {
  const container = useRef<HTMLDivElement>(null);
  // Every well-formed ID can be opened: the thread page explains a missing or failing one.
  const ids = rows.filter((row) => row.state.kind !== 'invalid').map((row) => row.id);
  const list = useListRows(container, ids, nav);

  const option = (row: BoardRow) =>
    row.state.kind === 'invalid'
      ? { role: 'option', 'aria-disabled': true, 'aria-selected': false, tabIndex: -1 }
      : list.optionProps(row.id);

  return (
    <div ref={container}>
      {nav.split ? (
        <div {...list.listProps} aria-label="Triage board" className={frame}>
          {rows.map((row) => (
            <TriageRow
              key={row.id}
              id={row.id}
              state={row.state}
              onRetry={row.retry}
              onOpen={() => nav.onOpen(row.id)}
              option={option(row)}
            />
          ))}
        </div>
      ) : (
        <ul className={frame}>
          {rows.map((row) => (
            <TriageRow
              key={row.id}
              id={row.id}
              state={row.state}
              onRetry={row.retry}
              onOpen={() => nav.onOpen(row.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
