import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import type { TranscriptItem } from '../lib/normalize-item';
import { findRow, waitForRow } from '../lib/reveal-dom';
import { TranscriptRow } from './transcript-row';

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
}

export interface TranscriptHandle {
  /** Brings row `index` into the DOM (scrolling a virtualized list there) and returns its <li>. */
  reveal: (index: number) => Promise<HTMLElement | null>;
}

interface TranscriptProps {
  entries: readonly TranscriptItem[];
  rows: RowStates;
  ref?: Ref<TranscriptHandle>;
}

const listClass = 'flex flex-col gap-3';
const itemClass = 'flex min-w-0 flex-col gap-3';

function rowProps(entry: TranscriptItem, index: number, rows: RowStates) {
  return {
    entry,
    threadId: rows.threadId,
    query: rows.matchKeys.has(entry.key) ? rows.query : '',
    target: rows.targetKey === entry.key,
    current: rows.currentKey === entry.key,
    gap: rows.gaps[index],
  };
}

export function Transcript(props: TranscriptProps) {
  return props.entries.length <= VIRTUALIZE_ABOVE ? (
    <PlainTranscript {...props} />
  ) : (
    <VirtualTranscript {...props} />
  );
}

function PlainTranscript({ entries, rows, ref }: TranscriptProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useImperativeHandle(
    ref,
    () => ({ reveal: (index) => Promise.resolve(findRow(listRef.current, index)) }),
    [],
  );
  return (
    <ol ref={listRef} aria-label="Transcript" className={listClass}>
      {entries.map((entry, index) => (
        <li key={entry.key} data-row-index={index} className={itemClass}>
          <TranscriptRow {...rowProps(entry, index, rows)} />
        </li>
      ))}
    </ol>
  );
}

/** Only the rows near the viewport exist in the DOM, so thousands of items scroll smoothly. */
function VirtualTranscript({ entries, rows, ref }: TranscriptProps) {
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
    getItemKey: (index) => entries[index]?.key ?? index,
  });

  useImperativeHandle(
    ref,
    () => ({
      reveal: (index) => {
        virtualizer.scrollToIndex(index, { align: 'center' });
        return waitForRow(() => listRef.current, index);
      },
    }),
    [virtualizer],
  );

  return (
    <>
      <div>
        <button
          type="button"
          className={secondaryButton}
          // Escalations are usually read from the end; the rows there do not exist until scrolled to.
          onClick={() => virtualizer.scrollToIndex(entries.length - 1, { align: 'end' })}
        >
          Jump to latest item
        </button>
      </div>
      <ol
        ref={listRef}
        aria-label="Transcript"
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              data-row-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={entries.length}
              aria-posinset={row.index + 1}
              className={`absolute top-0 left-0 w-full ${itemClass}`}
              style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            >
              <TranscriptRow {...rowProps(entry, row.index, rows)} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
