import { createContext } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

/** What one transcript row knows beyond its item; absent when an item renders on its own. */
export interface RowView {
  entry: TranscriptItem;
  threadId: string;
  /** The find query when this row matches it, else '' (non-matching rows never re-render). */
  query: string;
  /** The item the URL's #fragment points at. */
  target: boolean;
  /** The item holding the current find match. */
  current: boolean;
}

export const RowContext = createContext<RowView | null>(null);
