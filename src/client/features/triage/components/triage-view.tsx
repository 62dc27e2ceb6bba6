import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { ThreadDetail } from '@/shared/api-contract';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import type { ListNav } from '@/client/lib/list-nav';
import {
  MAX_TRIAGE_IDS,
  readTriageIds,
  readTriageSort,
  sortRows,
  summarizeRows,
  toRowState,
  writeTriageSort,
} from '../lib/triage-rows';
import { TriageBoardRows } from './triage-board-rows';
import { TriageIdsForm } from './triage-ids-form';
import { TriageSortControl } from './triage-sort';

interface TriageViewProps {
  /** The `ids` query parameter: any text; every `cthr_…` token in it is a row. */
  idsText: string;
  onIdsChange: (ids: string[]) => void;
  nav: ListNav;
}

/** The board shows what the summary holds; the page's detail query is shared all the same. */
const selectSummary = (detail: ThreadDetail) => detail.thread;

/**
 * `/triage?ids=…`: one row per ID, fetched in parallel with the thread page's own query options,
 * so opening a row afterwards renders from the cache. Malformed IDs are never requested.
 */
export function TriageView({ idsText, onIdsChange, nav }: TriageViewProps) {
  const [sort, setSort] = useState(readTriageSort);
  const { shown, total } = readTriageIds(idsText);
  const valid = shown.filter((candidate) => candidate.valid).map((candidate) => candidate.id);
  const queries = useQueries({
    queries: valid.map((id) => ({ ...threadQueries.detail(id), select: selectSummary })),
  });
  const byId = new Map(valid.map((id, index) => [id, queries[index]]));
  const pasted = shown.map((candidate) => {
    const query = byId.get(candidate.id);
    return {
      id: candidate.id,
      state: toRowState(candidate, query),
      retry: () => void query?.refetch(),
    };
  });
  const rows = sortRows(pasted, sort);
  const loading = rows.some((row) => row.state.kind === 'loading');

  return (
    <div className="flex min-w-0 flex-col gap-5">
      <h1 className="text-2xl font-semibold">Triage board</h1>
      <TriageIdsForm ids={shown.map((candidate) => candidate.id)} onChange={onIdsChange} />
      {total > MAX_TRIAGE_IDS && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          Showing the first {MAX_TRIAGE_IDS} of {total} IDs. Triage the rest in another board.
        </p>
      )}
      {rows.length > 0 ? (
        <section
          aria-label="Threads on the board"
          aria-busy={loading}
          className="flex flex-col gap-3"
        >
          <div className="flex flex-wrap items-end justify-between gap-3">
            <p role="status" className="font-medium">
              {summarizeRows(rows.map((row) => row.state))}
            </p>
            <TriageSortControl
              sort={sort}
              onChange={(next) => {
                setSort(next);
                writeTriageSort(next);
              }}
            />
          </div>
          <TriageBoardRows rows={rows} nav={nav} />
        </section>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No thread IDs yet. Paste some above, or several at once into the home page's box.
        </p>
      )}
    </div>
  );
}
