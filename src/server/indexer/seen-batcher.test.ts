import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadSnapshot } from '@/server/db/thread-index-store';
import { createSeenBatcher } from './seen-batcher';

const T = 1_796_000_000;

const snapshot = (n: number, status: ThreadSnapshot['status'] = 'active'): ThreadSnapshot => ({
  id: `cthr_${n}`,
  createdAt: T - n,
  status,
  reason: null,
  title: `Thread ${n}`,
  user: 'user_1',
});

function recording() {
  const writes: { ids: string[]; statuses: string[]; seenAt: number }[] = [];
  const errors: unknown[] = [];
  const batcher = createSeenBatcher({
    write: (snapshots, seenAt) => {
      writes.push({
        ids: snapshots.map((s) => s.id),
        statuses: snapshots.map((s) => s.status),
        seenAt,
      });
      return Promise.resolve();
    },
    onError: (error) => errors.push(error),
    delayMs: 250,
    maxRows: 200,
  });
  return { batcher, writes, errors };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the index write-through batcher', () => {
  it("writes a burst of agents' reads as one statement, each thread once as last seen", async () => {
    vi.useFakeTimers();
    const { batcher, writes } = recording();
    for (let read = 0; read < 300; read += 1) batcher.add([snapshot(read % 100)], T);
    batcher.add([snapshot(7, 'locked')], T);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.ids).toHaveLength(100);
    expect(writes[0]?.statuses[writes[0].ids.indexOf('cthr_7')]).toBe('locked');
  });

  it('keeps the second each thread was seen in, and writes a full batch without waiting', async () => {
    vi.useFakeTimers();
    const { batcher, writes } = recording();
    batcher.add([snapshot(1)], T);
    batcher.add([snapshot(2)], T + 1);
    await vi.advanceTimersByTimeAsync(250);
    expect(writes.map(({ ids, seenAt }) => [ids, seenAt])).toEqual([
      [['cthr_1'], T],
      [['cthr_2'], T + 1],
    ]);
    batcher.add(
      Array.from({ length: 200 }, (_, n) => snapshot(n)),
      T + 2,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(3);
  });

  it('writes what waits on flush (shutdown), and reports a failed write without throwing', async () => {
    const errors: unknown[] = [];
    const batcher = createSeenBatcher({
      write: () => Promise.reject(new Error('database is locked')),
      onError: (error) => errors.push(error),
    });
    batcher.add([snapshot(1)], T);
    await batcher.flush();
    expect(errors).toEqual([new Error('database is locked')]);
    const { batcher: other, writes } = recording();
    other.add([snapshot(2)], T);
    await other.flush();
    expect(writes).toHaveLength(1);
  });
});
