import type { Ref } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

/** Up to this many items render directly (browser find works); longer threads are virtualized. */
export const VIRTUALIZE_ABOVE = 100;

/** Per-row state the transcript hands down as primitives, so memoized rows stay put. */
export interface RowStates {
  threadId: string;
  query: string;
  /** Keys of the rows that match `query`. */
  matchKeys: ReadonlySet<string>;
  currentKey: string | null;
  targetKey: string | null;
  /** Gap label above each row, by index. */
  gaps: readonly (string | undefined)[];
  /** Index of the first row after items still loading (see PendingMarker), or null. */
  pendingAt: number | null;
  /** Every item is loaded, so the list's size is known. */
  complete: boolean;
}

export interface TranscriptHandle {
  /** Brings row `index` into the DOM (scrolling a virtualized list there) and returns its <li>. */
  reveal: (index: number) => Promise<HTMLElement | null>;
  /** Brings the last row into the DOM, following it if rows are inserted meanwhile. */
  revealLast: () => Promise<HTMLElement | null>;
}

export interface TranscriptListProps {
  entries: readonly TranscriptItem[];
  rows: RowStates;
  ref?: Ref<TranscriptHandle>;
}

export const itemClass = 'flex min-w-0 flex-col gap-3';

export function rowProps(entry: TranscriptItem, index: number, rows: RowStates) {
  return {
    entry,
    threadId: rows.threadId,
    query: rows.matchKeys.has(entry.key) ? rows.query : '',
    target: rows.targetKey === entry.key,
    current: rows.currentKey === entry.key,
    gap: rows.pendingAt === index ? undefined : rows.gaps[index],
  };
}
