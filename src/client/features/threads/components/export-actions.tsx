import { lazy, Suspense } from 'react';
import type { ThreadResource } from '@/shared/api-contract';
import type { TranscriptItem } from '../lib/normalize-item';

// The formatting code (Markdown, masking, the handoff summary) loads after the thread page.
const ExportPanel = lazy(() =>
  import('./export-panel').then((module) => ({ default: module.ExportPanel })),
);

export interface ExportActionsProps {
  threadId: string;
  thread: ThreadResource;
  entries: readonly TranscriptItem[] | undefined;
  /** Every page of items has loaded; until then exports would be partial. */
  complete: boolean;
}

/** "Copy as Markdown", "Download JSON" and "Copy handoff summary" for the open thread. */
export function ExportActions(props: ExportActionsProps) {
  return (
    <Suspense fallback={<div className="min-h-9" aria-hidden="true" />}>
      <ExportPanel {...props} />
    </Suspense>
  );
}
