import { createContext, use, useEffect, useLayoutEffect, type RefObject } from 'react';

/** Bring the row with this key into view, and focus its card if `focus`. */
export interface RevealRequest {
  key: string;
  focus: boolean;
  /** Where the row lands in the window: the middle, or the bottom (opening at the newest). */
  block?: 'center' | 'end';
}

/** A request addressed to this row, and how the row says it has answered it. */
export interface RowReveal {
  request: RevealRequest;
  done: (request: RevealRequest) => void;
}

/** Present only in the row a reveal request is waiting for. */
export const RowRevealContext = createContext<RowReveal | null>(null);

/** The request this row is to answer, if any. */
export function useRevealRequest(): RevealRequest | null {
  return use(RowRevealContext)?.request ?? null;
}

/**
 * Answers the row's reveal request with its card: scrolls it to the middle of the window and
 * focuses it if asked, then reports the request done, so a row that unmounts and mounts again
 * (scrolled out of a virtual list and back) does not pull the reader back to it.
 */
export function useCardReveal(card: RefObject<HTMLElement | null>): void {
  const reveal = use(RowRevealContext);
  const request = reveal?.request;
  const done = reveal?.done;
  useLayoutEffect(() => {
    if (!request) return;
    card.current?.scrollIntoView({ block: request.block ?? 'center' });
    if (request.focus) card.current?.focus({ preventScroll: true });
  }, [card, request]);
  // A passive effect: it runs after the current find mark (inside the card) has shown itself.
  useEffect(() => {
    if (request) done?.(request);
  }, [request, done]);
}
