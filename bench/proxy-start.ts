/**
 * Cold start and idle memory of the server as shipped (`node dist/server/index.js`, demo mode):
 * from spawning the process to the first 200 for a thread, median of five starts; then the
 * resident memory of a server that has started, answered a few requests and gone idle.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { appEnv, freePort, memoryOf, SERVER_ENTRY, startApp, startNode, stop } from './processes';

const THREAD_PATH = '/api/threads/cthr_demo_refund_duplicate';
const STARTS = 5;
const POLL_MS = 5;
const START_BUDGET_MS = 1000;
const RSS_BUDGET_MB = 120;
const IDLE_MS = 2000;

/** Milliseconds from spawn to the first 200 for a thread (connection refused until it listens). */
async function coldStart(): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${THREAD_PATH}`;
  const started = performance.now();
  const child = startNode(SERVER_ENTRY, [], appEnv(port));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error('the server exited during start-up');
      const ok = await fetch(url).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 20_000) throw new Error(`${url} did not answer in 20 s`);
      await sleep(POLL_MS);
    }
  } finally {
    await stop(child);
  }
}

/** RSS after start-up, a few requests of each kind, and a rest. */
async function idleRss(): Promise<number> {
  const app = await startApp({ LOG_LEVEL: 'info' });
  try {
    const paths = [
      '/',
      THREAD_PATH,
      `${THREAD_PATH}/items?order=asc&limit=100`,
      '/api/threads?limit=20',
      '/threads/cthr_demo_refund_duplicate',
    ];
    for (let i = 0; i < 3; i += 1) {
      for (const path of paths) await (await fetch(`${app.base}${path}`)).arrayBuffer();
    }
    await sleep(IDLE_MS);
    return memoryOf(app.child.pid)?.rss ?? NaN;
  } finally {
    await stop(app.child);
  }
}

export const proxyStart: Benchmark = {
  name: 'proxy start: cold start and idle memory (demo mode, as shipped)',
  async run(): Promise<BenchRow[]> {
    const starts: number[] = [];
    for (let i = 0; i < STARTS; i += 1) starts.push(await coldStart());
    const start = median(starts);
    const rssMiB = await idleRss();
    const rssMB = (rssMiB * 2 ** 20) / 1e6;
    return [
      {
        name: `spawn to first thread served (median of ${STARTS})`,
        value: round(start),
        unit: 'ms',
        budget: `≤ ${START_BUDGET_MS}`,
        pass: start <= START_BUDGET_MS,
      },
      { name: 'slowest start', value: round(Math.max(...starts)), unit: 'ms' },
      {
        name: 'idle RSS after start and a few requests',
        value: round(rssMB),
        unit: 'MB',
        budget: `≤ ${RSS_BUDGET_MB}`,
        pass: rssMB <= RSS_BUDGET_MB,
      },
    ];
  },
};
