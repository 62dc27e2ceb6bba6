import { Suspense, useImperativeHandle, useRef, useState, type ComponentType } from 'react';
import { cn } from '@/client/lib/cn';
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
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

// The virtualizer is needed only by long threads: a normal thread's first load never fetches it.
const loadVirtualTranscript = () => import('./virtual-transcript');
const VirtualTranscript = lazyWithRetry(
  loadVirtualTranscript,
  (module) => module.VirtualTranscript,
);

/** The virtual list, once its code is here: a list mounted after that renders it at once. */
let loadedVirtualTranscript: ComponentType<TranscriptListProps> | null = null;

/**
 * Starts downloading the virtual list now, for a page that will need it once its items arrive
 * (a deep link to a long thread), so the code is not a second wait after them. Settles when it
 * is here (never rejects: a list that needs it then loads it, and reports a failure itself).
 */
export function preloadVirtualList(): Promise<void> {
  return loadVirtualTranscript().then(
    (module) => {
      loadedVirtualTranscript = module.VirtualTranscript;
    },
    () => undefined,
  );
}

/**
 * A row off screen is not laid out or painted until it nears the viewport (its last size, or
 * an estimate, holds its place): opening a thread at its newest items lays out the rows on
 * screen, not all of them, which on a phone is most of the page's first layout. The browser's
 * own find and the accessibility tree still see them.
 */
const offscreenSkipped = '[content-visibility:auto] [contain-intrinsic-size:auto_12rem]';

/**
 * Rows that are scrolled to keep their real size from the start: the last two (opening at the
 * newest) and any row being revealed, the item link's or find's. Measured with an estimate,
 * they would land off centre and push what is below them once they render.
 */
function alwaysLaidOut(entry: TranscriptItem, index: number, count: number, rows: RowStates) {
  return (
    index >= count - 2 ||
    entry.key === rows.reveal?.key ||
    entry.key === rows.targetKey ||
    entry.key === rows.current?.key
  );
}

/** While the virtual list's code loads, this many rows fill the first screen. */
const FALLBACK_ROWS = 12;

interface TranscriptProps extends TranscriptListProps {
  /** Long (or still growing) threads render only the rows near the viewport. */
  virtual: boolean;
}

export function Transcript({ virtual, ...props }: TranscriptProps) {
  // Decided once per list: switching from the lazy list to the loaded one would remount it.
  const [Loaded] = useState(() => loadedVirtualTranscript);
  if (!virtual) return <PlainTranscript {...props} />;
  // Preloaded: no stand-in rows first, which the list would replace a moment later (a layout
  // shift, and a second layout of the page on a phone).
  if (Loaded) return <Loaded {...props} />;
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
          className={cn(
            itemClass,
            !alwaysLaidOut(entry, index, entries.length, rows) && offscreenSkipped,
          )}
          {...rowFocusProps(entry, rows)}
        >
          <TranscriptRow {...rowProps(entry, index, rows)} />
        </li>
      ))}
    </ol>
  );
}
