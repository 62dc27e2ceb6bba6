import type { StatusKind } from '@/client/entities/thread/model/read-status';

/**
 * Where a thread opens. An escalation is read from the end, so by default a locked or closed
 * thread opens at its newest items and an active one at its start; an agent can choose one
 * place for every thread, remembered in this browser.
 */
export type OpenAt = 'by-status' | 'start' | 'newest';

export const OPEN_AT_STORAGE_KEY = 'threadline.open-at.v1';

const CHOICES: readonly OpenAt[] = ['by-status', 'start', 'newest'];

export function readOpenAt(): OpenAt {
  try {
    const stored = localStorage.getItem(OPEN_AT_STORAGE_KEY);
    return CHOICES.find((choice) => choice === stored) ?? 'by-status';
  } catch {
    // Storage can be disabled (private modes, policies): the default applies.
    return 'by-status';
  }
}

export function storeOpenAt(choice: OpenAt): void {
  try {
    localStorage.setItem(OPEN_AT_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied for this page.
  }
}

/** Whether a thread with this status opens at its newest items under the agent's choice. */
export function opensAtEnd(choice: OpenAt, statusKind: StatusKind): boolean {
  if (choice === 'by-status') return statusKind === 'locked' || statusKind === 'closed';
  return choice === 'newest';
}
