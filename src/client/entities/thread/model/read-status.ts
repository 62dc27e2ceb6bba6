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

/**
 * The typed API promises one of three statuses, but the API reference's own example omits it
 * and a future API may add more: anything else is shown neutrally rather than crashing.
 */
export function readStatus(status: unknown): ThreadStatusView {
  const record =
    typeof status === 'object' && status !== null ? (status as Record<string, unknown>) : {};
  const type = typeof record.type === 'string' ? record.type : '';
  // Reasons and unknown types are upstream text: bidi controls in them are shown, not obeyed.
  const reason =
    typeof record.reason === 'string' && record.reason.trim() !== ''
      ? revealInvisible(record.reason)
      : null;
  if (isKnown(type)) return { kind: type, label: labels[type], reason };
  const label = type ? `Unknown status: ${revealInvisible(type)}` : 'Unknown status';
  return { kind: 'unknown', label, reason };
}
