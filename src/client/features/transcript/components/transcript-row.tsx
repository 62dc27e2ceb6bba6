import { memo, useMemo } from 'react';
import { matchLocation } from '@/client/entities/thread/model/item-text';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { GapMarker } from './gap-marker';
import { CurrentMarkContext } from './items/find-mark-context';
import { ItemErrorBoundary } from './items/item-error-boundary';
import { RowContext } from './items/row-context';
import { RowRevealContext, type RevealRequest } from './items/row-reveal-context';
import { TranscriptItemView } from './items/transcript-item';

interface RowProps {
  entry: TranscriptItem;
  threadId: string;
  /** The find query when this row matches, else '': typing re-renders matching rows only. */
  query: string;
  target: boolean;
  /** Which of the row's matches is the current one, counted over all its fields; else -1. */
  occurrence: number;
  /** The reveal request waiting for this row, else null. */
  reveal: RevealRequest | null;
  onRevealed: (request: RevealRequest) => void;
  gap: string | undefined;
}

/**
 * One memoized transcript row: every prop is a primitive, a stable entry object or callback, or
 * the reveal request only the row it names receives.
 */
export const TranscriptRow = memo(function TranscriptRow(props: RowProps) {
  const { entry, threadId, query, target, occurrence, reveal, onRevealed, gap } = props;
  const current = occurrence !== -1;
  const view = useMemo(
    () => ({ entry, threadId, query, target, current }),
    [entry, threadId, query, target, current],
  );
  const mark = useMemo(
    () => (current ? matchLocation(entry, query, occurrence) : null),
    [entry, query, occurrence, current],
  );
  const revealing = useMemo(
    () => (reveal ? { request: reveal, done: onRevealed } : null),
    [reveal, onRevealed],
  );
  return (
    <>
      {gap !== undefined && <GapMarker label={gap} />}
      <RowContext value={view}>
        <CurrentMarkContext value={mark}>
          <RowRevealContext value={revealing}>
            <ItemErrorBoundary entry={entry}>
              <TranscriptItemView entry={entry} />
            </ItemErrorBoundary>
          </RowRevealContext>
        </CurrentMarkContext>
      </RowContext>
    </>
  );
});
