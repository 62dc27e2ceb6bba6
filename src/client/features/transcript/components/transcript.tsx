import { lazy, Suspense, useImperativeHandle, useRef } from 'react';
import { loadRevealDom } from '../lib/load-reveal-dom';
import { PendingMarker } from './pending-marker';
import { itemClass, rowProps, type TranscriptListProps } from './transcript-list';
import { TranscriptRow } from './transcript-row';

// The virtualizer is needed only by long threads: a normal thread's first load never fetches it.
const VirtualTranscript = lazy(() =>
  import('./virtual-transcript').then((module) => ({ default: module.VirtualTranscript })),
);

/** While the virtual list's code loads, this many rows fill the first screen. */
const FALLBACK_ROWS = 12;

interface TranscriptProps extends TranscriptListProps {
  /** Long (or still growing) threads render only the rows near the viewport. */
  virtual: boolean;
}

export function Transcript({ virtual, ...props }: TranscriptProps) {
  if (!virtual) return <PlainTranscript {...props} />;
  const fallback = (
    <PlainTranscript {...props} entries={props.entries.slice(0, FALLBACK_ROWS)} partial />
  );
  return (
    <Suspense fallback={fallback}>
      <VirtualTranscript {...props} />
    </Suspense>
  );
}

/** `partial`: only the first rows stand in, so the last row is not here to reveal. */
function PlainTranscript(props: TranscriptListProps & { partial?: boolean }) {
  const { entries, rows, ref, partial = false } = props;
  const listRef = useRef<HTMLOListElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      reveal: (index) => loadRevealDom().then((dom) => dom.findRow(listRef.current, index)),
      revealLast: () =>
        Promise.resolve(
          partial
            ? null
            : (listRef.current?.querySelector<HTMLElement>(':scope > li:last-child') ?? null),
        ),
    }),
    [partial],
  );
  return (
    <ol ref={listRef} aria-label="Transcript" className="flex flex-col gap-3">
      {entries.map((entry, index) => (
        <li key={entry.key} data-row-index={index} className={itemClass}>
          {rows.pendingAt === index && <PendingMarker loaded={index} />}
          <TranscriptRow {...rowProps(entry, index, rows)} />
        </li>
      ))}
    </ol>
  );
}
