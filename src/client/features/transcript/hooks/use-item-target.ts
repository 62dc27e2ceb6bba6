import { useMemo } from 'react';
import { useHash, useNavigationKey } from '@/client/lib/navigation';
import { itemIdFromHash, itemIdOf } from '@/client/entities/thread/model/item-link';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

export type TargetState = 'none' | 'found' | 'loading' | 'missing' | 'hidden';

export interface ItemTarget {
  id: string | null;
  state: TargetState;
  /** Index in the shown entries, -1 until found. */
  index: number;
  key: string | null;
  /**
   * Changes on every navigation and hash change (a hash set by script keeps the same history key),
   * so following a link scrolls again.
   */
  navigationKey: string;
}

/** The item the URL's #fragment points at, and whether it is loaded, shown or absent. */
export function useItemTarget(
  all: readonly TranscriptItem[],
  shown: readonly TranscriptItem[],
  complete: boolean,
): ItemTarget {
  const hash = useHash();
  const navigation = useNavigationKey();
  const id = itemIdFromHash(hash);
  const index = useMemo(
    () => (id === null ? -1 : shown.findIndex((entry) => itemIdOf(entry) === id)),
    [shown, id],
  );
  const loadedButHidden = useMemo(
    () => id !== null && index === -1 && all.some((entry) => itemIdOf(entry) === id),
    [all, id, index],
  );
  let state: TargetState = 'none';
  if (id !== null) {
    if (index !== -1) state = 'found';
    else if (loadedButHidden) state = 'hidden';
    else state = complete ? 'missing' : 'loading';
  }
  return {
    id,
    state,
    index,
    key: shown[index]?.key ?? null,
    navigationKey: `${navigation}${hash}`,
  };
}
