/**
 * Load on the proxy: 100 connections over loopback against one cached thread, next to a bare
 * node:http server returning the same bytes, both measured in the same run on the same machine.
 * Each side runs in its own process; autocannon runs here. Runs alternate (app, bare, app, …)
 * so drift in the machine's speed hits both sides alike, and the median of three is reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { freePort, memoryOf, startNode, stop, waitUntilUp } from './processes';

const THREAD_PATH = '/api/threads/cthr_demo_refund_duplicate';
const CONNECTIONS = 100;
const DURATION_S = 10;
const WARMUP_S = 2;
const RUNS = 3;

interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function load(url: string, seconds: number): Promise<RunResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

function summarise(runs: RunResult[]) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  };
}

/** The real server in demo mode, cache on; the rate limit is off (one client would hit it). */
async function startApp() {
  const port = await freePort();
  const child = startNode('src/server/index.ts', [], {
    HOST: '127.0.0.1',
    PORT: String(port),
    OPENAI_API_KEY: '',
    THREADLINE_CACHE_TTL_MS: '3000',
    THREADLINE_RATE_LIMIT: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  return { child, url: `${base}${THREAD_PATH}` };
}

async function startBare(body: Buffer, contentType: string, dir: string) {
  const port = await freePort();
  const bodyFile = join(dir, 'thread.json');
  writeFileSync(bodyFile, body);
  const child = startNode('bench/bare-server.ts', [String(port), bodyFile, contentType], {});
  const url = `http://127.0.0.1:${port}${THREAD_PATH}`;
  await waitUntilUp(url, child);
  return { child, url };
}

export const proxyLoad: Benchmark = {
  name: 'proxy load: cached thread, 100 connections',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
    const app = await startApp();
    try {
      // Warm the cache and take the exact bytes the bare server will return.
      const first = await fetch(app.url);
      const body = Buffer.from(await first.arrayBuffer());
      const contentType = first.headers.get('content-type') ?? 'application/json';
      const bare = await startBare(body, contentType, dir);
      try {
        const before = memoryOf(app.child.pid);
        await load(app.url, WARMUP_S);
        await load(bare.url, WARMUP_S);
        const appRuns: RunResult[] = [];
        const bareRuns: RunResult[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          appRuns.push(await load(app.url, DURATION_S));
          bareRuns.push(await load(bare.url, DURATION_S));
        }
        const after = memoryOf(app.child.pid);
        return rows(summarise(appRuns), summarise(bareRuns), before, after, body.length);
      } finally {
        await stop(bare.child);
      }
    } finally {
      await stop(app.child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function rows(
  app: ReturnType<typeof summarise>,
  bare: ReturnType<typeof summarise>,
  before: ReturnType<typeof memoryOf>,
  after: ReturnType<typeof memoryOf>,
  bytes: number,
): BenchRow[] {
  const out: BenchRow[] = [
    { name: `response size`, value: bytes, unit: 'bytes' },
    { name: 'Threadline req/s (median of 3)', value: round(app.rps), unit: 'req/s' },
    { name: 'bare node:http req/s (median of 3)', value: round(bare.rps), unit: 'req/s' },
    { name: 'throughput ratio Threadline / bare', value: round(app.rps / bare.rps), unit: '×' },
    { name: 'Threadline p50 latency', value: round(app.p50), unit: 'ms' },
    { name: 'bare node:http p50 latency', value: round(bare.p50), unit: 'ms' },
    { name: 'Threadline p99 latency', value: round(app.p99), unit: 'ms' },
    { name: 'bare node:http p99 latency', value: round(bare.p99), unit: 'ms' },
    { name: 'p99 ratio Threadline / bare', value: round(app.p99 / bare.p99), unit: '×' },
    {
      name: 'failed responses (non-2xx, errors, timeouts), Threadline',
      value: app.failed,
      unit: 'responses',
      budget: '0',
      pass: app.failed === 0,
    },
  ];
  if (before && after) {
    out.push(
      { name: 'Threadline RSS before load', value: round(before.rss), unit: 'MiB' },
      { name: 'Threadline RSS after load', value: round(after.rss), unit: 'MiB' },
      // No budget: V8 grows its heap lazily under this allocation rate; proxy-memory.ts
      // checks the live heap instead.
      { name: 'Threadline peak RSS', value: round(after.peak), unit: 'MiB' },
    );
  }
  return out;
}
