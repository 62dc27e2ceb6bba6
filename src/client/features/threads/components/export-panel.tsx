import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { threadQueries } from '../api/thread-queries';
import { downloadJson, rawThreadExport } from '../lib/export-json';
import { handoffSummary } from '../lib/handoff-summary';
import { transcriptToMarkdown } from '../lib/transcript-markdown';
import type { ExportActionsProps } from './export-actions';
import { CopyButton } from '@/client/components/ui/copy-button';

/** The export toolbar; loaded lazily by ExportActions. */
export function ExportPanel({ threadId, thread, entries, complete }: ExportActionsProps) {
  const queryClient = useQueryClient();
  const [mask, setMask] = useState(true);
  const [downloaded, setDownloaded] = useState('');
  const headingId = useId();
  const ready = complete && entries !== undefined;
  const link = `${window.location.origin}/threads/${encodeURIComponent(threadId)}`;

  function download() {
    const pages = queryClient.getQueryData(threadQueries.items(threadId).queryKey)?.pages ?? [];
    downloadJson(`${threadId}.json`, rawThreadExport(thread, pages));
    setDownloaded(`Downloading ${threadId}.json`);
  }

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        Export
      </h2>
      <CopyButton
        size="regular"
        label="Copy as Markdown"
        disabled={!ready}
        text={() => transcriptToMarkdown(thread, entries ?? [])}
      />
      <span className="inline-flex items-center gap-1.5">
        <button
          type="button"
          disabled={!ready}
          onClick={download}
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
        text={() => handoffSummary(thread, entries ?? [], { link, mask })}
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
    </section>
  );
}
