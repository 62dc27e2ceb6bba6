import { useRef, type KeyboardEvent } from 'react';

interface OptionListOptions {
  ids: readonly string[];
  selected: string | null;
  /** Selection follows focus: every move selects. */
  onSelect: (id: string) => void;
  /** Enter (or a double click) on an option. */
  onOpen: (id: string) => void;
}

const ATTRIBUTE = 'data-option-id';

function optionIdOf(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest(`[${ATTRIBUTE}]`)?.getAttribute(ATTRIBUTE) ?? null;
}

/**
 * A single-select listbox with a roving tabindex (WAI-ARIA APG "Listbox", selection follows
 * focus): one Tab stop, ↑/↓ and j/k move, Home/End jump, Enter opens. The keys are handled on
 * the listbox and marked handled, so page-wide single-key shortcuts ignore them.
 */
export function useOptionList({ ids, selected, onSelect, onOpen }: OptionListOptions) {
  const elements = useRef(new Map<string, HTMLElement>());
  const current = selected !== null && ids.includes(selected) ? selected : null;
  const tabStop = current ?? ids[0] ?? null;

  function move(id: string | undefined) {
    if (id === undefined) return;
    onSelect(id);
    elements.current.get(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const focused = optionIdOf(event.target);
    const at = focused === null ? -1 : ids.indexOf(focused);
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        // From an unselected first row, the first press selects that row.
        move(ids[current === null && at === 0 ? 0 : Math.min(at + 1, ids.length - 1)]);
        break;
      case 'ArrowUp':
      case 'k':
        move(ids[Math.max(at - 1, 0)]);
        break;
      case 'Home':
        move(ids[0]);
        break;
      case 'End':
        move(ids.at(-1));
        break;
      case ' ':
        move(focused ?? undefined);
        break;
      case 'Enter':
        if (focused !== null) onOpen(focused);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function optionProps(id: string) {
    return {
      role: 'option' as const,
      [ATTRIBUTE]: id,
      'aria-selected': id === current,
      tabIndex: id === tabStop ? 0 : -1,
      ref: (element: HTMLElement | null) => {
        if (element) elements.current.set(id, element);
        else elements.current.delete(id);
      },
      onClick: () => onSelect(id),
      onDoubleClick: () => onOpen(id),
    };
  }

  return { listProps: { role: 'listbox' as const, onKeyDown }, optionProps };
}
