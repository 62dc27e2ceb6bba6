import { APIUserAbortError, InternalServerError } from 'openai';
import { describe, expect, it } from 'vitest';
import type { ThreadDetail } from '@/shared/api-contract';
import { createCachedThreadsService, type CacheOptions } from './cached-threads-service';
import type { ThreadsService, UpstreamProbe } from './threads-service';
import { parseThread } from './upstream-schemas';

/** An inner service whose calls stay pending until released; counts what reached "upstream". */
function fakeUpstream() {
  const calls: string[] = [];
  const pending: { resolve: (value: object) => void; reject: (err: unknown) => void }[] = [];
  const call = <T>(label: string) => {
    calls.push(label);
    return new Promise<T>((resolve, reject) => {
      pending.push({ resolve: (value) => resolve(value as T), reject });
    });
  };
  const inner: ThreadsService = {
    getThread: (id) => call(`thread ${id}`),
    listItems: (id, query) => call(`items ${id} ${JSON.stringify(query)}`),
    listThreads: (query) => call(`threads ${JSON.stringify(query)}`),
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    inner,
    calls,
    /** Answers every pending call. */
    async answer(value: object = { id: 'cthr_a', title: 'x' }) {
      for (const p of pending.splice(0)) p.resolve(value);
      await settle();
    },
    async fail(err: unknown) {
      for (const p of pending.splice(0)) p.reject(err);
      await settle();
    },
  };
}

function cached(options: Partial<CacheOptions> = {}) {
  const upstream = fakeUpstream();
  const threads = createCachedThreadsService(upstream.inner, { ttlMs: 3000, ...options });
  return { upstream, threads };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createCachedThreadsService', () => {
  it('coalesces concurrent identical calls into one upstream call', async () => {
    const { upstream, threads } = cached();
    const probes: UpstreamProbe[] = Array.from({ length: 20 }, () => ({}));
    const results = probes.map((probe) => threads.getThread('cthr_a', { probe }));
    expect(upstream.calls).toEqual(['thread cthr_a']);
    await upstream.answer({ id: 'cthr_a' });
    await expect(Promise.all(results)).resolves.toHaveLength(20);
    expect(probes.map((p) => p.cache)).toEqual(['miss', ...Array<string>(19).fill('coalesced')]);
    expect(probes.every((p) => typeof p.upstreamMs === 'number')).toBe(true);
  });

  it('serves a success again within the TTL, without an upstream call or latency', async () => {
    const { upstream, threads } = cached({ ttlMs: 60 });
    const first = threads.getThread('cthr_a');
    await upstream.answer({ id: 'cthr_a' });
    await first;
    const probe: UpstreamProbe = {};
    await expect(threads.getThread('cthr_a', { probe })).resolves.toEqual({ id: 'cthr_a' });
    expect(probe).toEqual({ cache: 'hit' });
    expect(upstream.calls).toHaveLength(1);

    await sleep(80);
    const expired: UpstreamProbe = {};
    const again = threads.getThread('cthr_a', { probe: expired });
    expect(upstream.calls).toHaveLength(2);
    await upstream.answer();
    await again;
    expect(expired.cache).toBe('miss');
  });

  it('never keeps a failure: the next call goes upstream again', async () => {
    const { upstream, threads } = cached();
    const failing = [threads.getThread('cthr_a'), threads.getThread('cthr_a')].map((call) =>
      call.catch((err: unknown) => err),
    );
    const boom = new InternalServerError(500, undefined, undefined, new Headers());
    await upstream.fail(boom);
    expect(await Promise.all(failing)).toEqual([boom, boom]);
    const retry = threads.getThread('cthr_a');
    expect(upstream.calls).toHaveLength(2);
    await upstream.answer();
    await expect(retry).resolves.toBeDefined();
  });

  it('with a TTL of 0 still coalesces but keeps nothing', async () => {
    const { upstream, threads } = cached({ ttlMs: 0 });
    const both = [threads.getThread('cthr_a'), threads.getThread('cthr_a')];
    expect(upstream.calls).toHaveLength(1);
    await upstream.answer();
    await Promise.all(both);
    const probe: UpstreamProbe = {};
    const later = threads.getThread('cthr_a', { probe });
    expect(upstream.calls).toHaveLength(2);
    await upstream.answer();
    await later;
    expect(probe.cache).toBe('miss');
  });

  it('keys on every forwarded parameter', async () => {
    const { upstream, threads } = cached();
    void threads.listItems('cthr_a', { limit: 5 });
    void threads.listItems('cthr_a', { limit: 5, order: 'asc' });
    void threads.listItems('cthr_a', { order: 'asc', limit: 5 }); // same as the one above
    void threads.listItems('cthr_a', { after: 'cthi_1', limit: 5, order: 'asc' });
    void threads.listItems('cthr_a', { before: 'cthi_1', limit: 5, order: 'asc' });
    void threads.listItems('cthr_b', { limit: 5 });
    void threads.listThreads({ user: 'u1' });
    void threads.listThreads({ user: 'u2' });
    void threads.getThread('cthr_a');
    expect(upstream.calls).toHaveLength(8);
    await upstream.answer();
  });

  it('lets one caller give up without cancelling the call the others wait on', async () => {
    const { upstream, threads } = cached();
    const leaving = new AbortController();
    const gone = threads.getThread('cthr_a', { signal: leaving.signal });
    const staying = threads.getThread('cthr_a');
    leaving.abort();
    await expect(gone).rejects.toBeInstanceOf(APIUserAbortError);
    await upstream.answer({ id: 'cthr_a', title: 'kept' });
    await expect(staying).resolves.toEqual({ id: 'cthr_a', title: 'kept' });
    expect(upstream.calls).toHaveLength(1);
  });

  it('answers a hit without creating the request signal', async () => {
    const { upstream, threads } = cached();
    const first = threads.getThread('cthr_a');
    await upstream.answer();
    await first;
    let signalReads = 0;
    const options = {
      get signal() {
        signalReads += 1;
        return new AbortController().signal;
      },
    };
    await threads.getThread('cthr_a', options);
    expect(signalReads).toBe(0);
  });

  it('bounds memory: entries beyond maxBytes are evicted, oldest first', async () => {
    const { upstream, threads } = cached({ maxBytes: 1000 });
    const big = { id: 'cthr_x', title: 'x'.repeat(400) };
    for (const id of ['cthr_1', 'cthr_2', 'cthr_3']) {
      const call = threads.getThread(id);
      await upstream.answer(big);
      await call;
    }
    const hit = async (id: string) => {
      const probe: UpstreamProbe = {};
      await threads.getThread(id, { probe });
      return probe.cache === 'hit';
    };
    expect(await hit('cthr_3')).toBe(true);
    expect(await hit('cthr_2')).toBe(true);
    expect(upstream.calls).toHaveLength(3);
    // Three 420-byte answers do not fit in 1000 bytes: the oldest was evicted.
    const evicted = hit('cthr_1');
    expect(upstream.calls).toHaveLength(4);
    await upstream.answer(big);
    expect(await evicted).toBe(false);
  });

  it('keeps the parsed contract object and serves every hit the same one', async () => {
    const { upstream, threads } = cached();
    const detail = parseThread({
      id: 'cthr_a',
      object: 'chatkit.thread',
      items: { data: [{ id: 'cthi_1', type: 'user_message', content: 'hi' }] },
    });
    const call = threads.getThread('cthr_a');
    await upstream.answer(detail);
    const value: ThreadDetail = await call;
    expect(value).toBe(detail);
    expect(await threads.getThread('cthr_a')).toBe(detail);
    expect(upstream.calls).toEqual(['thread cthr_a']);
  });
});
