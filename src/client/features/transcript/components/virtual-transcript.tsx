import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { waitForRow } from '../lib/reveal-dom';
import { PendingMarker } from './pending-marker';
import { itemClass, rowProps, type TranscriptListProps } from './transcript-list';
import { TranscriptRow } from './transcript-row';

/**
 * Row sizes measured in this session, per thread: Back or Forward to a long thread lays its rows
 * out as they were, so the saved scroll position lands on the same items. A few threads' worth.
 */
const measuredRows = new Map<string, VirtualItem[]>();
const REMEMBERED_THREADS = 20;

function rememberRows(threadId: string, rows: VirtualItem[]): void {
  measuredRows.delete(threadId);
  measuredRows.set(threadId, rows);
  const oldest = measuredRows.keys().next().value;
  if (measuredRows.size > REMEMBERED_THREADS && oldest !== undefined) measuredRows.delete(oldest);
}

/**
 * Only the rows near the viewport exist in the DOM, so thousands of items scroll smoothly.
 * Loaded separately (see transcript.tsx): short threads never download the virtualizer.
 */
export function VirtualTranscript({ entries, rows, ref }: TranscriptListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Content above the list (progress, warnings) can change height; keep the offset current.
  useLayoutEffect(() => {
    const update = () => setScrollMargin(listRef.current?.offsetTop ?? 0);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => 160,
    overscan: 8,
    gap: 12,
    scrollMargin,
    // The first render already fills the window, so the rows that stood in while this code
    // loaded are replaced without a blank frame.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (index) => entries[index]?.key ?? index,
    initialMeasurementsCache: measuredRows.get(rows.threadId),
    // Rows inserted above the viewport (the background load filling in before the newest page
    // after "Jump to latest") keep the row the reader is looking at in place; appending, the
    // usual case, moves nothing.
    anchorTo: 'end',
  });
  const { threadId } = rows;
  useLayoutEffect(
    () => () => rememberRows(threadId, virtualizer.takeSnapshot()),
    [threadId, virtualizer],
  );

  const count = useRef(entries.length);
  useLayoutEffect(() => {
    count.current = entries.length;
  });

  useImperativeHandle(
    ref,
    () => ({
      reveal: (index) => {
        virtualizer.scrollToIndex(index, { align: 'center' });
        return waitForRow(() => listRef.current, index);
      },
      // By the end, not by index: pages inserted before the newest ones shift every index.
      revealLast: () => {
        virtualizer.scrollToEnd();
        return waitForRow(
          () => listRef.current,
          () => count.current - 1,
        );
      },
    }),
    [virtualizer],
  );

  const { pendingAt, complete } = rows;
  return (
    <ol
      ref={listRef}
      aria-label="Transcript"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const entry = entries[row.index];
        if (!entry) return null;
        // Positions are only known for rows counted from the start; -1 says the size is unknown.
        const counted = pendingAt === null || row.index < pendingAt;
        return (
          <li
            key={row.key}
            data-index={row.index}
            data-row-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={counted ? (complete ? entries.length : -1) : undefined}
            aria-posinset={counted ? row.index + 1 : undefined}
            className={`absolute top-0 left-0 w-full ${itemClass}`}
            style={{ transform: `translateY(${String(row.start - scrollMargin)}px)` }}
          >
            {pendingAt === row.index && <PendingMarker loaded={row.index} />}
            <TranscriptRow {...rowProps(entry, row.index, rows)} />
          </li>
        );
      })}
    </ol>
  );
}
