import type { ThreadDetail, TranscriptEntry } from '@/shared/api-contract';
import { mergeInline } from '@/client/entities/thread/model/inline-items';
import { entryId } from '@/client/entities/thread/model/transcript-item';

export interface RawThreadExport {
  thread: unknown;
  items: unknown[];
}

/** An entry exactly as upstream sent it (the server serves `raw` whenever it changed anything). */
function rawOf(entry: TranscriptEntry): unknown {
  if (entry.kind === 'unknown') return entry.raw;
  return 'raw' in entry ? entry.raw : entry.item;
}

/**
 * The thread and its items exactly as the API sent them, in order; an item repeated by
 * overlapping pages appears once, and items the thread carried inline are merged in by ID as
 * the transcript shows them.
 */
export function rawThreadExport(
  detail: ThreadDetail,
  pages: readonly { data: readonly TranscriptEntry[] }[],
): RawThreadExport {
  const seen = new Set<string>();
  const paged: TranscriptEntry[] = [];
  for (const entry of pages.flatMap((page) => page.data)) {
    const id = entryId(entry);
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    paged.push(entry);
  }
  const entries = mergeInline(detail.inline_items ?? undefined, paged, entryId) ?? [];
  return { thread: detail.raw, items: entries.map(rawOf) };
}

/**
 * Saves JSON through a blob: URL and a temporary `<a download>`. A download is not a resource
 * load, so the CSP (which refuses blob: images) does not apply, and no data: URL is needed.
 */
export function downloadJson(filename: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
