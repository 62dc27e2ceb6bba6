import { revealInvisible } from '@/client/lib/invisible-characters';

export type StatusKind = 'active' | 'locked' | 'closed' | 'unknown';

export interface ThreadStatusView {
  kind: StatusKind;
  label: string;
  reason: string | null;
}

const labels: Record<Exclude<StatusKind, 'unknown'>, string> = {
  active: 'Active',
  locked: 'Locked',
  closed: 'Closed',
};

function isKnown(type: string): type is Exclude<StatusKind, 'unknown'> {
  return Object.hasOwn(labels, type);
}

/** A status as served (ThreadStatus), or as this browser remembered one (recent threads). */
export interface StatusLike {
  type: string;
  reason?: string | null;
  /** For `type: 'unknown'`: the type the API sent, if any. */
  sent_type?: string | null;
}

/**
 * A status in words. The server serves one of the three the SDK knows, or `unknown` with the
 * type it was sent (a future API may add more; the reference's own example has none), which is
 * shown neutrally. Reasons and unknown types are upstream text: bidi controls in them are shown,
 * not obeyed.
 */
export function readStatus(status: StatusLike | null | undefined): ThreadStatusView {
  const reason =
    typeof status?.reason === 'string' && status.reason.trim() !== ''
      ? revealInvisible(status.reason)
      : null;
  const type = status?.type ?? '';
  if (isKnown(type)) return { kind: type, label: labels[type], reason };
  const sent = type === 'unknown' ? status?.sent_type : type;
  const label = sent ? `Unknown status: ${revealInvisible(sent)}` : 'Unknown status';
  return { kind: 'unknown', label, reason };
}
