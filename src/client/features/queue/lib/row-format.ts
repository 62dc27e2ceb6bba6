import type { ItemsPage } from '@/shared/api-contract';
import type { ThreadStatusView } from '@/client/entities/thread/model/read-status';
import { revealInvisible } from '@/client/lib/invisible-characters';

export const NO_REASON = 'no reason given';
export const NO_CUSTOMER_MESSAGE = 'No customer message in the latest items';

/**
 * The reason a row shows beside its status. A locked or closed thread always says why, and says
 * so when upstream gave no reason: an empty reason is itself something the agent should see.
 */
export function rowReason(status: ThreadStatusView): string | null {
  if (status.kind === 'locked' || status.kind === 'closed') return status.reason ?? NO_REASON;
  return status.reason;
}

/** "Locked · Escalated to billing", "Locked · no reason given", "Active". */
export function statusWords(status: ThreadStatusView): string {
  const reason = rowReason(status);
  return reason ? `${status.label} · ${reason}` : status.label;
}

export interface LatestActivity {
  /** Unix seconds of the newest item, or null when the page has none with a usable time. */
  lastActivity: number | null;
  /** The customer's newest message in the page, on one line, controls revealed; or null. */
  lastCustomerMessage: string | null;
}

/** What a queue row shows from a thread's newest page (read `order=desc`). */
export function readLatestActivity(page: ItemsPage): LatestActivity {
  let lastActivity: number | null = null;
  let lastCustomerMessage: string | null = null;
  for (const entry of page.data) {
    const time = entry.kind === 'item' ? entry.item.created_at : entry.created_at;
    if (typeof time === 'number' && time > 0 && (lastActivity === null || time > lastActivity))
      lastActivity = time;
    if (lastCustomerMessage === null && entry.kind === 'item') {
      const { item } = entry;
      if (item.type === 'chatkit.user_message') lastCustomerMessage = oneLine(item.content);
    }
  }
  return { lastActivity, lastCustomerMessage };
}

/** What the customer typed; text they quoted from an earlier reply is not their message. */
function oneLine(content: readonly { type: string; text: string }[]): string | null {
  const text = content
    .filter((part) => part.type !== 'quoted_text')
    .map((part) => part.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Revealed, not obeyed: an override in a message must not reorder the rest of the row.
  return text === '' ? null : revealInvisible(text);
}
