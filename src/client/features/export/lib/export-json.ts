import type { ThreadItemsPage, ThreadResource } from '@/shared/api-contract';
import { inlineItems, mergeInline, rawItemId } from '@/client/entities/thread/model/inline-items';

export interface RawThreadExport {
  thread: ThreadResource;
  items: unknown[];
}

/**
 * The thread and its items exactly as the API sent them (the cached response objects, not the
 * normalized rows), in order; an item repeated by overlapping pages appears once, and items the
 * thread carried inline are merged in by ID as the transcript shows them.
 */
export function rawThreadExport(
  thread: ThreadResource,
  pages: readonly ThreadItemsPage[],
): RawThreadExport {
  const seen = new Set<string>();
  const paged: unknown[] = [];
  for (const raw of pages.flatMap((page) => page.data as unknown[])) {
    const id = rawItemId(raw);
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    paged.push(raw);
  }
  return { thread, items: [...(mergeInline(inlineItems(thread), paged, rawItemId) ?? [])] };
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
