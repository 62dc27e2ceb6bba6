import { useSyncExternalStore } from 'react';

/**
 * One polite live region for what a shortcut did out of sight ("Link copied"): the key press has
 * no button to carry a status next to it. A counter makes the same words announce twice.
 */
let message = { text: '', count: 0 };
const listeners = new Set<() => void>();

export function announce(text: string): void {
  message = { text, count: message.count + 1 };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnnouncement() {
  return useSyncExternalStore(subscribe, () => message);
}
