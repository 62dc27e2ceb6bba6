import type { Ref } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { RevealRequest } from './items/row-reveal-context';

/** Up to this many items render directly (browser find works); longer threads are virtualized. */
export const VIRTUALIZE_ABOVE = 100;

/** Per-row state the transcript hands down as primitives, so memoized rows stay put. */
export interface RowStates {
  threadId: string;
  query: string;
  /** Keys of the rows that match `query`. */
  matchKeys: ReadonlySet<string>;
  /** The current find match: its row, and which of that row's matches it is. */
  current: { key: string; occurrence: number } | null;
  targetKey: string | null;
  /** The row to bring into view (and focus) next; its row reports when it has. */
  reveal: RevealRequest | null;
  onRevealed: (request: RevealRequest) => void;
  /** Where focus is, for j/k: the row's key and element while a row holds it, else null. */
  onRowFocus: (row: { key: string; element: HTMLElement } | null) => void;
  /** Gap label above each row, by index. */
  gaps: readonly (string | undefined)[];
  /** The first row is the thread's first item, so positions count from 1. */
  fromStart: boolean;
  /** Every item is loaded, so the list's size is known. */
  complete: boolean;
}

export interface TranscriptHandle {
  /** Index of the first row (partly) on screen, where j/k start when no row has focus. */
  firstRowOnScreen: () => number;
}

export interface TranscriptListProps {
  entries: readonly TranscriptItem[];
  rows: RowStates;
  ref?: Ref<TranscriptHandle>;
  /** The reader has come near the first or last loaded row: load more on that side. */
  onNearEdge?: (edge: 'start' | 'end') => void;
}

export const itemClass = 'flex min-w-0 flex-col gap-3';

export function rowProps(entry: TranscriptItem, index: number, rows: RowStates) {
  const isCurrent = rows.current?.key === entry.key;
  return {
    entry,
    threadId: rows.threadId,
    query: rows.matchKeys.has(entry.key) ? rows.query : '',
    target: rows.targetKey === entry.key,
    occurrence: isCurrent ? (rows.current?.occurrence ?? -1) : -1,
    reveal: rows.reveal?.key === entry.key ? rows.reveal : null,
    onRevealed: rows.onRevealed,
    gap: rows.gaps[index],
  };
}

/** Focus handlers for a row's <li>, reporting to `rows.onRowFocus`. */
export function rowFocusProps(entry: TranscriptItem, rows: RowStates) {
  return {
    onFocus: (event: { currentTarget: HTMLElement }) =>
      rows.onRowFocus({ key: entry.key, element: event.currentTarget }),
    onBlur: () => rows.onRowFocus(null),
  };
}
