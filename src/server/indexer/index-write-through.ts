import type { ThreadsService } from '@/server/threads/threads-service';
import type { ThreadIndex } from './thread-index';

/**
 * Every thread an agent's request reads upstream (opened, or listed) writes its fresh status
 * into the index at once, so a stale row is corrected by the first agent who looks. The write
 * never delays or fails the agent's answer.
 */
export function withIndexWriteThrough(threads: ThreadsService, index: ThreadIndex): ThreadsService {
  return {
    async getThread(threadId, options) {
      const detail = await threads.getThread(threadId, options);
      index.recordSeen([detail.thread]);
      return detail;
    },
    listItems: (threadId, query, options) => threads.listItems(threadId, query, options),
    async listThreads(query, options) {
      const page = await threads.listThreads(query, options);
      index.recordSeen(page.data);
      return page;
    },
  };
}
