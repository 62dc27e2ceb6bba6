import { useCallback, useId, useState } from 'react';
import { AppUpdatedNotice } from '@/client/components/feedback/app-updated-notice';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { CopyButton } from '@/client/components/ui/copy-button';
import type { ReviewBody, ThreadDetail } from '@/shared/api-contract';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { WholeTranscript } from '@/client/entities/thread/model/transcript-progress';
import { ChunkLoadError, importWithRetry } from '@/client/lib/lazy-with-retry';

// The formatting code (Markdown, masking, the handoff summary) loads on the first click.
const loadFormats = () => importWithRetry(() => import('../lib/export-formats'));

export interface ExportActionsProps {
  threadId: string;
  detail: ThreadDetail;
  /** The newest items (the newest page, or more): all the handoff summary needs. */
  latest: readonly TranscriptItem[] | undefined;
  /** Items loaded so far, for the progress of a whole-transcript export. */
  loaded: number;
  /** Loads whatever is missing and resolves with the whole transcript. */
  loadAll: () => Promise<WholeTranscript>;
  /** The thread's review, when read: the handoff carries its outcome and note. */
  review?: ReviewBody | undefined;
}

/**
 * "Copy as Markdown", "Download JSON" and "Copy handoff summary" for the open thread. The
 * handoff is ready with the newest page; the whole-transcript formats load what is missing on
 * click, saying how far they have got.
 */
export function ExportActions(props: ExportActionsProps) {
  const { threadId, detail, latest, loaded, loadAll, review } = props;
  const { thread } = detail;
  const [mask, setMask] = useState(true);
  const [downloaded, setDownloaded] = useState('');
  const [gathering, setGathering] = useState(false);
  const [gatherFailed, setGatherFailed] = useState(false);
  const headingId = useId();
  const whole = useCallback(async () => {
    setGathering(true);
    setGatherFailed(false);
    try {
      return await loadAll();
    } catch (error) {
      setGatherFailed(true);
      throw error;
    } finally {
      setGathering(false);
    }
  }, [loadAll]);
  const link = `${window.location.origin}/threads/${encodeURIComponent(threadId)}`;
  // Formats that cannot be downloaded say so here, at the buttons that need them.
  const [unavailable, setUnavailable] = useState(false);
  const formats = useCallback(
    () =>
      loadFormats().catch((error: unknown) => {
        if (error instanceof ChunkLoadError) setUnavailable(true);
        throw error;
      }),
    [],
  );
  const preload = () => void formats().catch(() => undefined);

  async function download() {
    // When the code cannot be downloaded, the notice below says so.
    const loaded = await formats().catch(() => null);
    if (loaded === null) return;
    const transcript = await whole().catch(() => null);
    if (transcript === null) return;
    const { downloadJson, rawThreadExport } = loaded;
    downloadJson(`${threadId}.json`, rawThreadExport(detail, transcript.pages));
    setDownloaded(`Downloading ${threadId}.json`);
  }

  return (
    <section
      aria-labelledby={headingId}
      // Preloading on approach keeps the first click as quick as if the code were already here.
      onPointerEnter={preload}
      onFocus={preload}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        Export
      </h2>
      <CopyButton
        size="regular"
        label="Copy as Markdown"
        disabled={gathering}
        text={async () => {
          const [format, transcript] = await Promise.all([formats(), whole()]);
          return format.transcriptToMarkdown(thread, transcript.entries);
        }}
      />
      <span className="inline-flex items-center gap-1.5">
        <button
          type="button"
          disabled={gathering}
          onClick={() => void download()}
          className={`${secondaryButton} disabled:cursor-not-allowed disabled:opacity-60`}
        >
          Download JSON
        </button>
        <span role="status" className="sr-only">
          {downloaded}
        </span>
      </span>
      <CopyButton
        size="regular"
        label="Copy handoff summary"
        disabled={latest === undefined}
        text={async () =>
          (await formats()).handoffSummary(thread, latest ?? [], { link, mask, review })
        }
      />
      <label className="inline-flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300">
        <input
          type="checkbox"
          checked={mask}
          onChange={(event) => setMask(event.target.checked)}
          className="size-4 accent-sky-700"
        />
        Mask e-mail addresses and phone numbers
      </label>
      <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {gathering &&
          `Loading the whole transcript for export… ${loaded.toLocaleString()} items so far`}
        {gatherFailed && 'The rest of the transcript could not be loaded. Try again.'}
      </p>
      {unavailable && (
        <div className="basis-full">
          <AppUpdatedNotice />
        </div>
      )}
    </section>
  );
}
