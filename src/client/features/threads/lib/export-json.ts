import type { ThreadItemsPage, ThreadResource } from '@/shared/api-contract';

export interface RawThreadExport {
  thread: ThreadResource;
  items: unknown[];
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
}

/**
 * The thread and its items exactly as the API sent them (the cached response objects, not the
 * normalized rows), in order; an item repeated by overlapping pages appears once.
 */
export function rawThreadExport(
  thread: ThreadResource,
  pages: readonly ThreadItemsPage[],
): RawThreadExport {
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (const raw of pages.flatMap((page) => page.data as unknown[])) {
    const id = idOf(raw);
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    items.push(raw);
  }
  return { thread, items };
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
