import type { ThreadStatus } from '@/shared/api-contract';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { claimScroll } from '@/client/lib/navigation';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { DetailsContext } from '@/client/components/ui/details-context';
import { useFind } from '@/client/features/find/hooks/use-find';
import { useItemTarget } from '@/client/features/transcript/hooks/use-item-target';
import { useJumpToLatest } from '@/client/features/transcript/hooks/use-jump-to-latest';
import { useShortcuts, type Shortcut } from '@/client/features/shortcuts/hooks/use-shortcuts';
import { copyFocusedLink } from '@/client/features/shortcuts/lib/copy-focused-link';
import type {
  EndsControl,
  TranscriptLoader,
  TranscriptProgress,
} from '@/client/entities/thread/model/transcript-progress';
import {
  type Reveal,
  useItemStepper,
  useRevealMatch,
  useRevealRequest,
  useRevealTarget,
} from '@/client/features/transcript/hooks/use-transcript-navigation';
import { useViewState } from '@/client/features/transcript/hooks/use-view-state';
import { isConversation } from '@/client/features/transcript/lib/conversation-filter';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { gapLabels } from '@/client/features/transcript/lib/time-gap';
import { CustomerView } from '@/client/features/transcript/components/customer-view';
import { FindBar } from '@/client/features/find/components/find-bar';
import { TimeZoneContext } from '@/client/features/transcript/components/items/time-zone-context';
import { JumpToLatest } from '@/client/features/transcript/components/jump-to-latest';
import { TargetNotice } from '@/client/features/transcript/components/target-notice';
import { Transcript } from '@/client/features/transcript/components/transcript';
import {
  VIRTUALIZE_ABOVE,
  type RowStates,
  type TranscriptHandle,
} from '@/client/features/transcript/components/transcript-list';
import { ViewControls } from '@/client/features/transcript/components/view-controls';
import { EdgeStatus } from '@/client/features/transcript/components/edge-status';
import { TranscriptProgress as ProgressNote } from '@/client/features/transcript/components/transcript-progress';
import { rowLabels } from './row-labels';

const ShortcutsDialog = lazyWithRetry(
  () => import('@/client/features/shortcuts/components/shortcuts-dialog'),
  (module) => module.ShortcutsDialog,
);

interface TranscriptWorkspaceProps {
  threadId: string;
  entries: readonly TranscriptItem[];
  progress: TranscriptProgress;
  ends: EndsControl;
  loader: TranscriptLoader;
  /** The thread's status, for "What the customer sees". */
  status: ThreadStatus;
  /**
   * `entries` are what is loaded: false while they lag behind it (they render in a transition),
   * so nothing acts on an end or a completeness they do not show yet.
   */
  settled: boolean;
  /** Show the newest items first (a locked or closed thread, or the agent's choice). */
  opensAtEnd: boolean;
  /** The item link's item is not in this thread (the API did not know it). */
  targetMissing: boolean;
}

/** Brings the last item into view once, without taking focus, for a thread opened at its end. */
function useOpenAtEnd(shown: readonly TranscriptItem[], wanted: boolean, reveal: Reveal) {
  const [done, setDone] = useState(false);
  const last = shown.at(-1)?.key;
  if (wanted && !done && last !== undefined) {
    setDone(true);
    reveal(last, false, 'end');
    // Shown in the same render as the page itself (its items were loaded before it): the
    // followed link's scroll to the top must not undo this.
    claimScroll();
  }
}

/** The transcript with its reading tools: view controls, find, item links and shortcuts. */
export function TranscriptWorkspace(props: TranscriptWorkspaceProps) {
  const { threadId, entries, progress, ends, loader, status } = props;
  const view = useViewState();
  const shown = useMemo(
    () => (view.conversationOnly ? entries.filter(isConversation) : entries),
    [entries, view.conversationOnly],
  );
  // Idle gaps, and the date wherever the day changes: rows show only a compact clock time.
  const gaps = useMemo(
    () => rowLabels(shown, gapLabels(shown), view.timeZone),
    [shown, view.timeZone],
  );
  const find = useFind(shown);
  const target = useItemTarget(
    entries,
    shown,
    (progress.complete && props.settled) || props.targetMissing,
  );
  const transcript = useRef<TranscriptHandle>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpenState] = useState(false);
  // The dialog's code loads the first time it is asked for.
  const [helpWanted, setHelpWanted] = useState(false);
  const setHelpOpen = useCallback((open: boolean) => {
    if (open) setHelpWanted(true);
    setHelpOpenState(open);
  }, []);
  // Once long, always long: switching list kinds would remount (re-render) every row.
  const long = shown.length > VIRTUALIZE_ABOVE || !progress.complete;
  const [virtual, setVirtual] = useState(long);
  if (long && !virtual) setVirtual(true);
  const reveal = useRevealRequest();
  const jump = useJumpToLatest(shown, ends, reveal.reveal, props.settled);
  useOpenAtEnd(shown, props.opensAtEnd, reveal.reveal);
  // Find searches what is loaded at once and keeps loading the rest, from both ends.
  const searching = find.query !== '';
  const { setBackground, loadOlder, loadNewer } = loader;
  useEffect(() => setBackground(searching), [searching, setBackground]);
  const onNearEdge = useCallback(
    (edge: 'start' | 'end') => (edge === 'start' ? loadOlder() : loadNewer()),
    [loadOlder, loadNewer],
  );
  useRevealTarget(target, reveal.reveal);
  useRevealMatch(find.current, find.query, reveal.reveal);
  const { step, onRowFocus } = useItemStepper(shown, transcript, reveal.reveal);
  useShortcuts((shortcut: Shortcut) => {
    if (shortcut === 'find') {
      findInput.current?.focus();
      findInput.current?.select();
    } else if (shortcut === 'help') setHelpOpen(true);
    else if (shortcut === 'latest') jump.jump();
    else if (shortcut === 'copy-link') void copyFocusedLink(threadId, shown);
    else if (shortcut === 'next') step(1);
    else if (shortcut === 'previous') step(-1);
    // '[' and ']' (the next thread in the list) belong to the queue's stepper.
  });

  const current = find.current ?? null;
  const { complete } = progress;
  const fromStart = !progress.hasOlder;
  const { request, done } = reveal;
  const rows = useMemo<RowStates>(
    () => ({
      threadId,
      query: find.query,
      matchKeys: find.result.keys,
      current,
      targetKey: target.key,
      reveal: request,
      onRevealed: done,
      onRowFocus,
      gaps,
      fromStart,
      complete,
    }),
    [
      threadId,
      find.query,
      find.result.keys,
      current,
      target.key,
      request,
      done,
      onRowFocus,
      gaps,
      fromStart,
      complete,
    ],
  );

  return (
    <TimeZoneContext value={view.timeZone}>
      <DetailsContext value={view.details}>
        {/* One compact toolbar; the target notice, when there is one, right under it. */}
        <div className="@container flex min-w-0 flex-col">
          {/* Its height must not change as pages arrive (the progress text grows and shrinks):
              one row where the column is wide enough, the progress truncated; below that,
              progress on its own row. Measured on the column, not the screen: in the split
              view the column is narrow on a wide screen. */}
          <div className="flex min-w-0 flex-col gap-2 @3xl:flex-row @3xl:items-center @3xl:justify-between @3xl:gap-4">
            <div className="@3xl:shrink-0">
              <ViewControls
                view={view}
                shown={shown.length}
                total={entries.length}
                onShowShortcuts={() => setHelpOpen(true)}
              />
            </div>
            <div className="flex min-w-0 items-center gap-3 [&_p:first-child]:truncate">
              {virtual && (
                <div className="shrink-0">
                  <JumpToLatest state={jump} />
                </div>
              )}
              <div className="min-w-0">
                <ProgressNote progress={progress} />
              </div>
            </div>
          </div>
          <div role="status" className="[&>*]:mt-2">
            <TargetNotice target={target} />
          </div>
        </div>
        {/* A direct child of the column, so its stickiness spans the whole transcript. */}
        <FindBar
          find={find}
          progress={progress}
          inputRef={findInput}
          onLeave={(key) => (key === null ? step(1) : reveal.reveal(key, true))}
        />
        <EdgeStatus side="start" more={progress.hasOlder} loading={progress.loading} />
        <Transcript
          entries={shown}
          rows={rows}
          virtual={virtual}
          ref={transcript}
          onNearEdge={onNearEdge}
        />
        <EdgeStatus side="end" more={progress.hasNewer} loading={progress.loading} />
        {ends.atLatest && <CustomerView status={status} />}
        {helpWanted && (
          <ChunkErrorBoundary>
            <Suspense fallback={null}>
              <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
            </Suspense>
          </ChunkErrorBoundary>
        )}
      </DetailsContext>
    </TimeZoneContext>
  );
}
