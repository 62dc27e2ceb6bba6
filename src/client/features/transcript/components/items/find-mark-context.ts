import { createContext, use } from 'react';
import type { MatchLocation } from '@/client/entities/thread/model/item-text';

/** Which of its item's findFields() the text below renders; null for text find does not count. */
export const FindFieldContext = createContext<number | null>(null);

/** Where in this row the current find match is; null in every other row. */
export const CurrentMarkContext = createContext<MatchLocation | null>(null);

/** The field holding the current find match, for containers that must show it (collapsibles). */
export function useCurrentMarkField(): number | null {
  return use(CurrentMarkContext)?.field ?? null;
}
