import { useMemo, useRef, useState } from 'react';
import { DetailsContext } from '@/client/components/ui/details-context';
import { useFind } from '../hooks/use-find';
import { useItemTarget } from '../hooks/use-item-target';
import { useShortcuts, type Shortcut } from '../hooks/use-shortcuts';
import type { TranscriptProgress } from '../hooks/use-thread-transcript';
import {
  useItemStepper,
  useRevealMatch,
  useRevealTarget,
} from '../hooks/use-transcript-navigation';
import { useViewState } from '../hooks/use-view-state';
import { isConversation } from '../lib/conversation-filter';
import type { TranscriptItem } from '../lib/normalize-item';
import { gapLabels } from '../lib/time-gap';
import { CustomerView } from './customer-view';
import { FindBar } from './find-bar';
import { TimeZoneContext } from './items/time-zone-context';
import { ShortcutsDialog } from './shortcuts-dialog';
import { TargetNotice } from './target-notice';
import { Transcript, VIRTUALIZE_ABOVE, type RowStates, type TranscriptHandle } from './transcript';
import { ViewControls } from './view-controls';

interface TranscriptWorkspaceProps {
  threadId: string;
  entries: readonly TranscriptItem[];
  progress: TranscriptProgress;
  /** The thread's `status` as sent, for "What the customer sees". */
  status: unknown;
}

/** The transcript with its reading tools: view controls, find, item links and shortcuts. */
export function TranscriptWorkspace({
  threadId,
  entries,
  progress,
  status,
}: TranscriptWorkspaceProps) {
  const view = useViewState();
  const shown = useMemo(
    () => (view.conversationOnly ? entries.filter(isConversation) : entries),
    [entries, view.conversationOnly],
  );
  const gaps = useMemo(() => gapLabels(shown), [shown]);
  const find = useFind(shown);
  const target = useItemTarget(entries, shown, progress.complete);
  const transcript = useRef<TranscriptHandle>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  useRevealTarget(transcript, target, shown.length > VIRTUALIZE_ABOVE);
  useRevealMatch(transcript, find.current, find.query);
  const step = useItemStepper(transcript, shown.length);
  useShortcuts((shortcut: Shortcut) => {
    if (shortcut === 'find') {
      findInput.current?.focus();
      findInput.current?.select();
    } else if (shortcut === 'help') setHelpOpen(true);
    else step(shortcut === 'next' ? 1 : -1);
  });

  const currentKey = find.current?.key ?? null;
  const rows = useMemo<RowStates>(
    () => ({
      threadId,
      query: find.query,
      matchKeys: find.result.keys,
      currentKey,
      targetKey: target.key,
      gaps,
    }),
    [threadId, find.query, find.result.keys, currentKey, target.key, gaps],
  );

  return (
    <TimeZoneContext value={view.timeZone}>
      <DetailsContext value={view.details}>
        <ViewControls
          view={view}
          shown={shown.length}
          total={entries.length}
          onShowShortcuts={() => setHelpOpen(true)}
        />
        <FindBar find={find} progress={progress} inputRef={findInput} />
        <div role="status">
          <TargetNotice target={target} />
        </div>
        <Transcript entries={shown} rows={rows} ref={transcript} />
        {progress.complete && <CustomerView status={status} />}
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </DetailsContext>
    </TimeZoneContext>
  );
}
