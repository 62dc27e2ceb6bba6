import type { ThreadSnapshot } from '@/server/db/thread-index-store';

export interface SeenBatcherOptions {
  /** Writes snapshots seen at one time (Unix seconds): one statement, one commit. */
  write: (snapshots: ThreadSnapshot[], seenAt: number) => Promise<void>;
  onError: (error: unknown) => void;
  /** How long a seen thread waits for others to join its write. */
  delayMs?: number;
  /** A batch this large is written without waiting. */
  maxRows?: number;
}

export interface SeenBatcher {
  add(snapshots: readonly ThreadSnapshot[], seenAt: number): void;
  /** Writes whatever waits now; resolves when it is written (or failed, reported). */
  flush(): Promise<void>;
}

const DELAY_MS = 250;
const MAX_ROWS = 200;

/**
 * Agents' reads reach the index in batches. Written one by one, 300 reads a second were 300
 * commits a second (an fsync each, which blocks SQLite's one connection; a pooled connection
 * each on PostgreSQL), and review saves queued behind them. A thread read twice in one batch is
 * written once, as last seen.
 */
export function createSeenBatcher({
  write,
  onError,
  delayMs = DELAY_MS,
  maxRows = MAX_ROWS,
}: SeenBatcherOptions): SeenBatcher {
  let pending = new Map<string, { snapshot: ThreadSnapshot; seenAt: number }>();
  let timer: NodeJS.Timeout | undefined;

  async function writeAll(batch: typeof pending): Promise<void> {
    const bySecond = new Map<number, ThreadSnapshot[]>();
    for (const { snapshot, seenAt } of batch.values()) {
      const group = bySecond.get(seenAt);
      if (group) group.push(snapshot);
      else bySecond.set(seenAt, [snapshot]);
    }
    for (const [seenAt, snapshots] of bySecond)
      await write(snapshots, seenAt).catch((error: unknown) => onError(error));
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return Promise.resolve();
    const batch = pending;
    pending = new Map();
    return writeAll(batch);
  }

  return {
    add(snapshots, seenAt) {
      for (const snapshot of snapshots) {
        pending.delete(snapshot.id);
        pending.set(snapshot.id, { snapshot, seenAt });
      }
      if (pending.size >= maxRows) void flush();
      else if (timer === undefined && pending.size > 0) {
        timer = setTimeout(() => void flush(), delayMs);
        // A batch waiting to be written must not hold the process open by itself.
        timer.unref();
      }
    },
    flush,
  };
}
