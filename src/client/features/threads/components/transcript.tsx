import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import type { TranscriptItem } from '../lib/normalize-item';
import { ItemErrorBoundary } from './items/item-error-boundary';
import { TranscriptItemView } from './items/transcript-item';

/** Up to this many items render directly (browser find works); longer threads are virtualized. */
export const VIRTUALIZE_ABOVE = 100;

const Row = memo(function Row({ entry }: { entry: TranscriptItem }) {
  return (
    <ItemErrorBoundary entry={entry}>
      <TranscriptItemView entry={entry} />
    </ItemErrorBoundary>
  );
});

const listClass = 'flex flex-col gap-3';

export function Transcript({ entries }: { entries: readonly TranscriptItem[] }) {
  if (entries.length <= VIRTUALIZE_ABOVE) {
    return (
      <ol aria-label="Transcript" className={listClass}>
        {entries.map((entry) => (
          <li key={entry.key} className="min-w-0">
            <Row entry={entry} />
          </li>
        ))}
      </ol>
    );
  }
  return <VirtualTranscript entries={entries} />;
}

/** Only the rows near the viewport exist in the DOM, so thousands of items scroll smoothly. */
function VirtualTranscript({ entries }: { entries: readonly TranscriptItem[] }) {
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
              ref={virtualizer.measureElement}
              aria-setsize={entries.length}
              aria-posinset={row.index + 1}
              className="absolute top-0 left-0 w-full min-w-0"
              style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            >
              <Row entry={entry} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
