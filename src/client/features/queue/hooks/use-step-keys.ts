import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/**
 * `]` and `[`: next and previous thread in the list. Listened for before the page's other
 * single-key shortcuts (capture phase) and marked handled, so the transcript's own handler,
 * which also hears every key of the shortcut map, leaves them alone.
 */
export function useStepKeys(onStep: (direction: 1 | -1) => void): void {
  const handler = useRef(onStep);
  useEffect(() => {
    handler.current = onStep;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ']' && event.key !== '[') return;
      if (event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      event.preventDefault();
      handler.current(event.key === ']' ? 1 : -1);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
