import { Suspense, useImperativeHandle, useRef } from 'react';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import {
  itemClass,
  rowFocusProps,
  rowProps,
  type RowStates,
  type TranscriptListProps,
} from './transcript-list';
import { TranscriptRow } from './transcript-row';

// The virtualizer is needed only by long threads: a normal thread's first load never fetches it.
const loadVirtualTranscript = () => import('./virtual-transcript');
const VirtualTranscript = lazyWithRetry(
  loadVirtualTranscript,
  (module) => module.VirtualTranscript,
);

/**
 * Starts downloading the virtual list now, for a page that will need it once its items arrive
 * (an item link opens a window of a long thread), so the code is not a second wait after them.
 */
export function preloadVirtualList(): void {
  void loadVirtualTranscript().catch(() => undefined);
}

/** While the virtual list's code loads, this many rows fill the first screen. */
const FALLBACK_ROWS = 12;

interface TranscriptProps extends TranscriptListProps {
  /** Long (or still growing) threads render only the rows near the viewport. */
  virtual: boolean;
}

export function Transcript({ virtual, ...props }: TranscriptProps) {
  if (!virtual) return <PlainTranscript {...props} />;
  // The rows standing in are replaced (remounted) in a moment: a reveal waits for the real list.
  const standIn: RowStates = { ...props.rows, reveal: null };
  const fallback = (
    <PlainTranscript {...props} entries={props.entries.slice(0, FALLBACK_ROWS)} rows={standIn} />
  );
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={fallback}>
        <VirtualTranscript {...props} />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

function PlainTranscript({ entries, rows, ref }: TranscriptListProps) {
  // Shown only for a fully loaded thread: it never asks for more (onNearEdge).
  const rowElements = useRef<(HTMLLIElement | null)[]>([]);
  useImperativeHandle(
    ref,
    () => ({
      firstRowOnScreen: () =>
        Math.max(
          0,
          rowElements.current.findIndex((row) => row && row.getBoundingClientRect().bottom > 0),
        ),
    }),
    [],
  );
  return (
    <ol aria-label="Transcript" className="flex flex-col gap-3">
      {entries.map((entry, index) => (
        <li
          key={entry.key}
          ref={(row) => {
            rowElements.current[index] = row;
          }}
          data-row-index={index}
          className={itemClass}
          {...rowFocusProps(entry, rows)}
        >
          <TranscriptRow {...rowProps(entry, index, rows)} />
        </li>
      ))}
    </ol>
  );
}
