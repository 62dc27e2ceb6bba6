import { itemIdOf, itemLink } from '@/client/entities/thread/model/item-link';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { announce } from './announce';

/**
 * `c`: copies the link of the transcript item holding focus (its card, or a control inside it).
 * `entries` are the rows as shown, which `data-row-index` counts.
 */
export async function copyFocusedLink(
  threadId: string,
  entries: readonly TranscriptItem[],
): Promise<void> {
  const row = document.activeElement?.closest<HTMLElement>('[data-row-index]');
  const entry = row ? entries[Number(row.dataset.rowIndex)] : undefined;
  if (!entry) {
    announce('No item is focused. Move to one with j or k, then press c.');
    return;
  }
  const id = itemIdOf(entry);
  if (id === null) {
    announce('This item has no ID, so it has no link.');
    return;
  }
  try {
    await navigator.clipboard.writeText(itemLink(window.location.origin, threadId, id));
    announce('Link copied');
  } catch {
    announce('The link could not be copied.');
  }
}
