/**
 * Whether memory stays bounded under 100 connections: the live heap after a full garbage
 * collection, before and after sustained load. RSS alone cannot tell a leak from V8 growing
 * its heap lazily under a high allocation rate, so this runs the app in this process, where
 * a collection can be forced, with its logs going nowhere (their cost is not the question).
 */
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createApp } from '../src/server/app';
import { SERVER_OPTIONS } from '../src/server/http/server-options';
import { createLogger } from '../src/server/logger';
import { createCachedThreadsService } from '../src/server/threads/cached-threads-service';
import { createDemoClient } from '../src/server/threads/chatkit-client';
import { createThreadsService } from '../src/server/threads/threads-service';
import { round, type Benchmark, type BenchRow } from './benchmark';

const CONNECTIONS = 100;
const ROUNDS = 3;
const ROUND_S = 4;
const GROWTH_BUDGET_MIB = 5;

function liveHeapMiB(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function startApp(): Promise<{ url: string; close: () => void }> {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createLogger('info', discard);
  const timeoutMs = 10_000;
  const inner = createThreadsService({ client: createDemoClient(timeoutMs), timeoutMs });
  const threads = createCachedThreadsService(inner, { ttlMs: 3000 });
  const app = createApp({ threads, mode: 'demo', logger });
  return new Promise((resolve) => {
    const options = { fetch: app.fetch, hostname: '127.0.0.1', port: 0 };
    const server = serve({ ...options, serverOptions: SERVER_OPTIONS }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => {
          server.close();
          if ('closeAllConnections' in server) server.closeAllConnections();
        },
      });
    });
  });
}

/** Several threads, a page and a miss, so the cache holds more than one entry. */
const PATHS = [
  '/api/threads/cthr_demo_refund_duplicate',
  '/api/threads/cthr_demo_long_history/items?order=asc&limit=100',
  '/api/threads/cthr_demo_hostile',
  '/api/threads/cthr_missing01',
];

export const proxyMemory: Benchmark = {
  name: 'proxy memory: live heap under 100 connections',
  async run(): Promise<BenchRow[]> {
    const app = await startApp();
    try {
      const requests = PATHS.map((path) => ({ method: 'GET' as const, path }));
      const load = () =>
        autocannon({ url: app.url, connections: CONNECTIONS, duration: ROUND_S, requests });
      await load(); // warm-up: JIT, caches, connection pools
      const before = liveHeapMiB();
      let sent = 0;
      for (let round = 0; round < ROUNDS; round += 1) sent += (await load()).requests.sent;
      const after = liveHeapMiB();
      const growth = after - before;
      return [
        { name: 'requests during the measured rounds', value: sent, unit: 'requests' },
        { name: 'live heap after GC, before load', value: round(before), unit: 'MiB' },
        { name: 'live heap after GC, after load', value: round(after), unit: 'MiB' },
        {
          name: 'live heap growth',
          value: round(growth),
          unit: 'MiB',
          budget: `≤ ${GROWTH_BUDGET_MIB}`,
          pass: growth <= GROWTH_BUDGET_MIB,
        },
      ];
    } finally {
      app.close();
    }
  },
};
