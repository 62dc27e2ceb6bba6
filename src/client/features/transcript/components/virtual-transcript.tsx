import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { estimateRowHeight } from '../lib/row-height-estimate';
import { itemClass, rowFocusProps, rowProps, type TranscriptListProps } from './transcript-list';
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

/** A row's height before it is measured, when its entry is not at hand; the space between rows. */
const FALLBACK_ROW_PX = 160;
const GAP_PX = 12;

/**
 * The window's scroll offset that shows row `index` as the reveal asks (its end at the bottom of
 * the window, or centred), from the rows' guessed heights.
 */
function guessedOffsetOf(
  index: number,
  block: 'end' | 'center' | undefined,
  estimateSize: (index: number) => number,
): number {
  let start = 0;
  for (let i = 0; i < index; i++) start += estimateSize(i) + GAP_PX;
  const size = estimateSize(index);
  const offset =
    block === 'end' ? start + size - window.innerHeight : start + (size - window.innerHeight) / 2;
  return Math.max(0, offset);
}

/**
 * Only the rows near the viewport exist in the DOM, so thousands of items scroll smoothly.
 * Loaded separately (see transcript.tsx): short threads never download the virtualizer.
 */
/** Within this many rows of the first or last loaded one, the next page on that side loads. */
const EDGE_ROWS = 15;

export function VirtualTranscript({ entries, rows, ref, onNearEdge }: TranscriptListProps) {
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

  const { reveal } = rows;
  const revealAt = useMemo(
    () => (reveal ? entries.findIndex((entry) => entry.key === reveal.key) : -1),
    [entries, reveal],
  );
  // Row heights guessed from their text until measured (see row-height-estimate.ts).
  const estimateSize = useCallback(
    (index: number) => {
      const entry = entries[index];
      const width = listRef.current?.clientWidth || Math.min(window.innerWidth - 32, 768);
      return entry ? estimateRowHeight(entry, width) : FALLBACK_ROW_PX;
    },
    [entries],
  );

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize,
    // A list opened at a row (the newest one, an item link's) first renders the rows around it,
    // by their guessed heights, rather than the list's first rows: those would be built,
    // measured and laid out for nothing, then swapped out when the scroll to the row arrives
    // (the longest task of opening a long thread on a phone). Read once, on the first render.
    initialOffset: () =>
      revealAt === -1 ? 0 : guessedOffsetOf(revealAt, reveal?.block, estimateSize),
    // Rows are tall (a message is often half a phone's screen): four beyond each edge keep fast
    // scrolling filled without laying out a screenful of rows nobody sees on every change.
    overscan: 4,
    gap: GAP_PX,
    scrollMargin,
    // The first render already fills the window, so the rows that stood in while this code
    // loaded are replaced without a blank frame.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (index) => entries[index]?.key ?? index,
    initialMeasurementsCache: measuredRows.get(rows.threadId),
    // Rows inserted above the viewport (older pages as the reader scrolls up, or the background
    // load while find searches) keep the row the reader is looking at in place; appending
    // moves nothing.
    anchorTo: 'end',
  });
  const { threadId } = rows;
  useLayoutEffect(
    () => () => rememberRows(threadId, virtualizer.takeSnapshot()),
    [threadId, virtualizer],
  );

  useImperativeHandle(ref, () => ({ firstRowOnScreen: () => virtualizer.range?.startIndex ?? 0 }), [
    virtualizer,
  ]);

  // Pages load as the reader approaches either end of what is loaded; not while the list is
  // still on its way to a row it was asked to show (an item link, the newest item), whose first
  // frames sit at the top.
  const startIndex = virtualizer.range?.startIndex;
  const endIndex = virtualizer.range?.endIndex;
  const count = entries.length;
  const settling = rows.reveal !== null;
  useEffect(() => {
    if (settling || startIndex === undefined || endIndex === undefined || count === 0) return;
    if (startIndex <= EDGE_ROWS) onNearEdge?.('start');
    if (endIndex >= count - 1 - EDGE_ROWS) onNearEdge?.('end');
  }, [settling, startIndex, endIndex, count, onNearEdge]);

  // A row to reveal is scrolled to by index, looked up afresh by key (pages added above move
  // it), even when it is already rendered: the virtualizer keeps correcting its scroll while
  // the rows around it are measured, so the row stays where it was put. The row itself then
  // takes focus (transcript-row.tsx).
  useLayoutEffect(() => {
    if (revealAt === -1) return;
    // The list's offset as it is now: on the first commit the render could not know it yet, and
    // a scroll made without it stops short of the row, then moves everything on screen once the
    // offset arrives (a layout shift).
    const top = listRef.current?.offsetTop;
    if (top !== undefined && top !== virtualizer.options.scrollMargin)
      virtualizer.setOptions({ ...virtualizer.options, scrollMargin: top });
    virtualizer.scrollToIndex(revealAt, { align: reveal?.block === 'end' ? 'end' : 'center' });
  }, [virtualizer, reveal, revealAt]);
  // Rows added above the first one (older pages) change what every index means: the steering
  // toward an index stops, and the end anchoring keeps the reader's row in place instead. Not on
  // the first commit: there it would stop the first reveal before the rows it lands among are
  // measured, short of its row.
  const firstKey = entries[0]?.key;
  const shownFirstKey = useRef(firstKey);
  useLayoutEffect(() => {
    if (shownFirstKey.current === firstKey) return;
    shownFirstKey.current = firstKey;
    virtualizer.cancelScroll();
  }, [virtualizer, firstKey]);

  const { fromStart, complete } = rows;
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
        // Positions are only known when the window starts at the thread's first item; -1 says
        // the size is unknown.
        const counted = fromStart;
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
            {...rowFocusProps(entry, rows)}
          >
            <TranscriptRow {...rowProps(entry, row.index, rows)} />
          </li>
        );
      })}
    </ol>
  );
}
