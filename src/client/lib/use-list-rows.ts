import { useEffect, type RefObject } from 'react';
import type { ListClaims, ListNav } from './list-nav';
import { useFocusRow } from './use-focus-row';
import { useOptionList } from './use-option-list';

/**
 * What every list page's rows do with its ListNav: report the rows listed (for Next/Previous
 * on the thread page), focus the row worked last when the agent comes back, and, in the split
 * view, behave as a listbox. `ids` are the rows that can be opened, in order; `claims`, who
 * holds those under review (lists without reviews have none).
 */
export function useListRows(
  container: RefObject<HTMLElement | null>,
  ids: readonly string[],
  nav: ListNav,
  claims?: ListClaims,
) {
  // Reported by content, not by identity: a re-render with the same rows reports nothing.
  const idsKey = ids.join(' ');
  const claimsKey = claims ? JSON.stringify(claims) : '';
  const { onIds } = nav;
  useEffect(
    () =>
      onIds(
        idsKey === '' ? [] : idsKey.split(' '),
        claimsKey === '' ? undefined : (JSON.parse(claimsKey) as ListClaims),
      ),
    [idsKey, claimsKey, onIds],
  );
  useFocusRow(container, nav.focusId, ids, nav.onFocused);
  return useOptionList({
    ids,
    selected: nav.selected,
    onSelect: nav.onSelect,
    onOpen: nav.onOpen,
  });
}
