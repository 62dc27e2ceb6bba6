import { memo, useMemo } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { GapMarker } from './gap-marker';
import { ItemErrorBoundary } from './items/item-error-boundary';
import { RowContext } from './items/row-context';
import { TranscriptItemView } from './items/transcript-item';

interface RowProps {
  entry: TranscriptItem;
  threadId: string;
  /** The find query when this row matches, else '': typing re-renders matching rows only. */
  query: string;
  target: boolean;
  current: boolean;
  gap: string | undefined;
}

/** One memoized transcript row: every prop is a primitive or a stable entry object. */
export const TranscriptRow = memo(function TranscriptRow(props: RowProps) {
  const { entry, threadId, query, target, current, gap } = props;
  const view = useMemo(
    () => ({ entry, threadId, query, target, current }),
    [entry, threadId, query, target, current],
  );
  return (
    <>
      {gap !== undefined && <GapMarker label={gap} />}
      <RowContext value={view}>
        <ItemErrorBoundary entry={entry}>
          <TranscriptItemView entry={entry} />
        </ItemErrorBoundary>
      </RowContext>
    </>
  );
});
