import { useEffect, type RefObject } from 'react';
import { claimFocus } from './navigation';

/**
 * Puts focus on the row of `focusId` (an element with `data-row-id`) once it is listed: the row
 * the agent worked last, when they come back to the list. `onFocused` then clears the request,
 * so a list that grows, refreshes or is filtered later does not pull focus back.
 */
export function useFocusRow(
  container: RefObject<HTMLElement | null>,
  focusId: string | null,
  ids: readonly string[],
  onFocused: () => void,
): void {
  const listed = focusId !== null && ids.includes(focusId);
  useEffect(() => {
    if (!listed) return;
    const row = container.current?.querySelector<HTMLElement>(
      `[data-row-id="${CSS.escape(focusId)}"]`,
    );
    if (!row) return;
    // The page's scroll position is being restored: move only for a row entirely out of sight
    // (one stepped to with Next, further down than the row that was opened).
    row.focus({ preventScroll: true });
    claimFocus();
    const box = row.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) row.scrollIntoView({ block: 'nearest' });
    onFocused();
  }, [container, focusId, listed, onFocused]);
}
