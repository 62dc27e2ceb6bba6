/**
 * How a list page's rows behave, decided by the page: on wide screens rows select a thread into
 * the pane beside the list; on narrow ones they are links to the thread page.
 */
/** Thread ID → the agent whose claim it is under (only threads in review are listed). */
export type ListClaims = Readonly<Record<string, string>>;

export interface ListNav {
  split: boolean;
  /** The thread shown in the pane (split view only). */
  selected: string | null;
  /** The row to focus once it is shown: the one worked last, when the agent comes back. */
  focusId: string | null;
  /** Called once that row has focus. */
  onFocused: () => void;
  onSelect: (id: string) => void;
  /** Opens the thread page, keeping the list's order for Next/Previous there. */
  onOpen: (id: string) => void;
  /**
   * The rows now listed, in order: what Next/Previous will step through; `claims` names who holds
   * each row under review, so stepping can pass by other agents' claims.
   */
  onIds: (ids: readonly string[], claims?: ListClaims) => void;
}
