import { attachmentsThread } from './sample-threads-attachments';
import { hostileThread } from './sample-threads-hostile';
import { liveChatThread } from './sample-threads-live';
import { longHistoryThread } from './sample-threads-long';
import { oddThreads } from './sample-threads-odd';
import { refundThread } from './sample-threads-refund';
import { hugeThread, shortThread } from './sample-threads-scale';
import { statusThreads } from './sample-threads-status';

/**
 * One demo thread as the upstream API would store it. `thread` is a `ChatKitThread` except for
 * the doc-shaped and future-status fixtures; `items` are SDK items in ascending order except
 * for deliberately odd ones, which is why both are loosely typed here.
 */
export interface SampleThread {
  thread: Record<string, unknown>;
  items: unknown[];
}

function createdAt(sample: SampleThread): number {
  const value = sample.thread.created_at;
  return typeof value === 'number' ? value : 0;
}

/** Every demo thread, newest first; a thread without `created_at` sorts last. */
export const sampleThreads: readonly SampleThread[] = [
  refundThread,
  attachmentsThread,
  hostileThread,
  longHistoryThread,
  hugeThread,
  shortThread,
  liveChatThread,
  ...statusThreads,
  ...oddThreads,
].sort((a, b) => createdAt(b) - createdAt(a));
