import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { AppUpdatedNotice } from '@/client/components/feedback/app-updated-notice';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { CopyButton } from '@/client/components/ui/copy-button';
import type { ThreadDetail } from '@/shared/api-contract';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { ChunkLoadError, importWithRetry } from '@/client/lib/lazy-with-retry';

// The formatting code (Markdown, masking, the handoff summary) loads on the first click.
const loadFormats = () => importWithRetry(() => import('../lib/export-formats'));

export interface ExportActionsProps {
  threadId: string;
  detail: ThreadDetail;
  entries: readonly TranscriptItem[] | undefined;
  /** Every page of items has loaded; until then exports would be partial. */
  complete: boolean;
}

/** "Copy as Markdown", "Download JSON" and "Copy handoff summary" for the open thread. */
export function ExportActions({ threadId, detail, entries, complete }: ExportActionsProps) {
  const { thread } = detail;
  const queryClient = useQueryClient();
  const [mask, setMask] = useState(true);
  const [downloaded, setDownloaded] = useState('');
  const headingId = useId();
  const ready = complete && entries !== undefined;
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
    const { downloadJson, rawThreadExport } = loaded;
    const pages = queryClient.getQueryData(threadQueries.items(threadId).queryKey)?.pages ?? [];
    downloadJson(`${threadId}.json`, rawThreadExport(detail, pages));
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
        disabled={!ready}
        text={async () => (await formats()).transcriptToMarkdown(thread, entries ?? [])}
      />
      <span className="inline-flex items-center gap-1.5">
        <button
          type="button"
          disabled={!ready}
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
        disabled={!ready}
        text={async () => (await formats()).handoffSummary(thread, entries ?? [], { link, mask })}
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
      {!ready && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Available once the whole transcript has loaded.
        </p>
      )}
      {unavailable && (
        <div className="basis-full">
          <AppUpdatedNotice />
        </div>
      )}
    </section>
  );
}
