import type { InfiniteData } from '@tanstack/react-query';
import type { ItemsPage, TranscriptEntry } from '@/shared/api-contract';
import { entryId } from '@/client/entities/thread/model/transcript-item';
import type { WindowPage, WindowParam } from '@/client/entities/thread/model/transcript-window';

export type ItemsData = InfiniteData<WindowPage, WindowParam>;

const idOf = (entry: TranscriptEntry | undefined) => (entry ? entryId(entry) : undefined);

/** The cursor to read new items after: the newest loaded item's id, or none for an empty thread. */
export function tailCursor(data: ItemsData): string | undefined {
  for (let p = data.pages.length - 1; p >= 0; p--) {
    const page = data.pages[p];
    if (!page) continue;
    for (let i = page.data.length - 1; i >= 0; i--) {
      const id = idOf(page.data[i]);
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/**
 * Appends a tail page (`after=<tailCursor>`) to the loaded pages. Every existing page and item
 * object is kept as is, so memoized transcript rows do not re-render; items already loaded, and
 * items without an id (they cannot be placed or deduplicated), are ignored. When the tail says
 * there is more, the last page says so (`hasNewer`), so the window's own `fetchNextPage` loads
 * the rest.
 */
export function mergeTail(data: ItemsData, tail: ItemsPage): { data: ItemsData; added: number } {
  const last = data.pages.at(-1);
  if (!last) return { data, added: 0 };
  const known = new Set<string>();
  for (const page of data.pages) {
    for (const item of page.data) {
      const id = idOf(item);
      if (id !== undefined) known.add(id);
    }
  }
  const fresh = tail.data.filter((item) => {
    const id = idOf(item);
    if (id === undefined || known.has(id)) return false;
    known.add(id);
    return true;
  });
  if (fresh.length === 0 && !tail.has_more) return { data, added: 0 };
  const merged: WindowPage = {
    ...last,
    data: [...last.data, ...fresh],
    hasNewer: tail.has_more,
  };
  return {
    data: { ...data, pages: [...data.pages.slice(0, -1), merged] },
    added: fresh.length,
  };
}
