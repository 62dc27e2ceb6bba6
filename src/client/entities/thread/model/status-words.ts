import { readStatus, type StatusKind, type StatusLike } from './read-status';

/** A thread's status as a sentence an agent can act on: can the customer still write? */
export interface StatusWords {
  kind: StatusKind;
  /** "Locked — the customer can't send messages". */
  state: string;
  /** The reason as sent ("Escalated to billing"), "no reason given", or null when none applies. */
  reason: string | null;
  /** True when `reason` is the API's own text, false for "no reason given" or none. */
  reasonGiven: boolean;
  /** The whole line: "Locked — the customer can't send messages · Escalated to billing". */
  sentence: string;
  /** For narrow bars: "Locked · customer can't write". */
  short: string;
}

const NO_REASON = 'no reason given';

const states: Record<Exclude<StatusKind, 'unknown'>, { state: string; short: string }> = {
  locked: {
    state: "Locked — the customer can't send messages",
    short: "Locked · customer can't write",
  },
  closed: {
    state: "Closed — the customer can't send messages",
    short: "Closed · customer can't write",
  },
  active: { state: 'Active — the customer can still write', short: 'Active · customer can write' },
};

/**
 * The status in words, for the thread page's facts rail, its narrow bar, the end-of-thread marker
 * and lists. Locked and closed threads always name a reason ("no reason given" when the API sent
 * none) so a missing reason reads as a fact, not a rendering gap. Status types this viewer does not
 * know say so rather than guess what the customer sees. Reasons are upstream text, read through
 * readStatus (bidi and invisible characters shown, not obeyed).
 */
export function statusWords(status: StatusLike | null | undefined): StatusWords {
  const view = readStatus(status);
  if (view.kind === 'unknown') {
    const state = `${view.label} — what the customer sees is not clear`;
    const reason = view.reason;
    return {
      kind: 'unknown',
      state,
      reason,
      reasonGiven: reason !== null,
      sentence: reason ? `${state} · ${reason}` : state,
      short: view.label,
    };
  }
  const { state, short } = states[view.kind];
  if (view.kind === 'active') {
    // An active thread has nothing blocking the customer; a stray reason is still shown.
    const reason = view.reason;
    return {
      kind: view.kind,
      state,
      reason,
      reasonGiven: reason !== null,
      sentence: reason ? `${state} · ${reason}` : state,
      short,
    };
  }
  const reason = view.reason ?? NO_REASON;
  return {
    kind: view.kind,
    state,
    reason,
    reasonGiven: view.reason !== null,
    sentence: `${state} · ${reason}`,
    short,
  };
}
