import { createContext } from 'react';

export interface DetailsControl {
  /** What "Expand all" / "Collapse all" last asked for. */
  open: boolean;
  /**
   * Bumped on every request, so asking for the same state twice still applies, and 0 means
   * "never asked": each <details> then keeps its own default. Between requests every one stays
   * the reader's to toggle.
   */
  version: number;
}

export const DetailsContext = createContext<DetailsControl>({ open: false, version: 0 });
