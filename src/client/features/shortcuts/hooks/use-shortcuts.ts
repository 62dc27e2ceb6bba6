import { useLayoutEffect, useRef } from 'react';

export type Shortcut =
  'find' | 'next' | 'previous' | 'help' | 'latest' | 'copy-link' | 'nextThread' | 'previousThread';

const keys: Partial<Record<string, Shortcut>> = {
  '/': 'find',
  j: 'next',
  k: 'previous',
  '?': 'help',
  // Shift+G, as in Vim and Gmail's lists: "End" already scrolls the page, and stays that way.
  G: 'latest',
  c: 'copy-link',
  ']': 'nextThread',
  '[': 'previousThread',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null
  );
}

export function underDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}

/** The shortcut a key press means, or null while typing, with modifiers, or under a dialog. */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  if (underDialog(event.target)) return null;
  return keys[event.key] ?? null;
}

/**
 * Page-wide single-key shortcuts; the latest handler is always used without re-subscribing.
 * Listening from before the first paint: a key pressed the moment the page shows is not lost
 * (passive effects can run a good while after the paint when the render was a transition).
 */
export function useShortcuts(onShortcut: (shortcut: Shortcut) => void): void {
  const handler = useRef(onShortcut);
  useLayoutEffect(() => {
    handler.current = onShortcut;
  });
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (shortcut === null) return;
      // "/" would otherwise open the browser's quick find in some browsers.
      event.preventDefault();
      handler.current(shortcut);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
