/**
 * The one thing every thread page needs to know about list context, kept apart from the rest
 * (list-context.ts) so that a thread opened without a list never downloads the stepper.
 */

/** The history.state field that names an entry's list. */
export const LIST_STATE_FIELD = 'threadlineList';

/** The list key a history entry carries, if any. */
export function listKeyOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = (state as Record<string, unknown>)[LIST_STATE_FIELD];
  return typeof value === 'string' ? value : null;
}
