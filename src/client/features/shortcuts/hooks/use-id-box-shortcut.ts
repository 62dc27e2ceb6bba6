import { useEffect, useRef } from 'react';
import { underDialog } from './use-shortcuts';

/**
 * ⌘K / Ctrl+K, the ID box. Unlike the single keys it works while typing in a field (it cannot
 * type anything), but not from inside another dialog.
 */
export function isIdBoxShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.altKey || event.shiftKey) return false;
  if (event.ctrlKey === event.metaKey) return false;
  return event.key.toLowerCase() === 'k' && !underDialog(event.target);
}

/** ⌘K / Ctrl+K anywhere in the app; the browser's own use of the key (its search bar) is refused. */
export function useIdBoxShortcut(onOpen: () => void): void {
  const handler = useRef(onOpen);
  useEffect(() => {
    handler.current = onOpen;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isIdBoxShortcut(event)) return;
      event.preventDefault();
      handler.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
