/**
 * What the proxy adds to an uncached request: Threadline in live mode with its cache off
 * (THREADLINE_CACHE_TTL_MS=0), pointed at the stand-in ChatKit API on loopback, against the
 * same stand-in called directly for the same thread. One connection, so each figure is one
 * request's latency, not a queue; rounds alternate the two sides and the added latency is the
 * median of the rounds' differences. The rate limit is off (one client would hit it).
 */
import { isDeepStrictEqual } from 'node:util';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { load, type LoadResult } from './proxy-measure';
import { standInHeaders, startApp, startStandIn, stop } from './processes';

const THREAD_ID = 'cthr_demo_refund_duplicate';
const API_KEY = 'sk-bench-uncached-0123456789';
const CONNECTIONS = 1;
const DURATION_S = 5;
const WARMUP_S = 2;
const RUNS = 5;
const ADDED_P50_BUDGET_MS = 2;
// Compressed when asked, as through the proxy (which asks): both sides pay the stand-in's gzip.
const AUTH = { ...standInHeaders(API_KEY), 'Accept-Encoding': 'gzip' };

async function json(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

export const proxyUncached: Benchmark = {
  name: 'proxy uncached: live mode, cache off, 1 connection (rate limit off)',
  async run(): Promise<BenchRow[]> {
    const standIn = await startStandIn(API_KEY);
    try {
      const app = await startApp({
        OPENAI_API_KEY: API_KEY,
        OPENAI_BASE_URL: standIn.base,
        THREADLINE_CACHE_TTL_MS: '0',
        LOG_LEVEL: 'info',
      });
      try {
        const direct = { url: `${standIn.base}/chatkit/threads/${THREAD_ID}`, headers: AUTH };
        const proxied = { url: `${app.base}/api/threads/${THREAD_ID}`, headers: {} };
        // Same thread: the proxy serves upstream's body as it came, beside what it validated.
        const served = (await json(proxied.url)) as { raw: unknown };
        const same = isDeepStrictEqual(await json(direct.url, AUTH), served.raw);
        if (!same) throw new Error('the proxy and the stand-in answered different JSON');
        return rows(await alternate(direct, proxied, app.child.pid));
      } finally {
        await stop(app.child);
      }
    } finally {
      await stop(standIn.child);
    }
  },
};

interface Target {
  url: string;
  headers: Record<string, string>;
}

async function alternate(direct: Target, proxied: Target, appPid: number | undefined) {
  const run = (target: Target, seconds: number, pid?: number) =>
    load(target.url, { connections: CONNECTIONS, seconds, pid, headers: target.headers });
  await run(direct, WARMUP_S);
  await run(proxied, WARMUP_S);
  const directRuns: LoadResult[] = [];
  const proxiedRuns: LoadResult[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    directRuns.push(await run(direct, DURATION_S));
    proxiedRuns.push(await run(proxied, DURATION_S, appPid));
  }
  return { directRuns, proxiedRuns };
}

function rows({ directRuns, proxiedRuns }: Awaited<ReturnType<typeof alternate>>): BenchRow[] {
  const of = (runs: LoadResult[], pick: (r: LoadResult) => number) => median(runs.map(pick));
  const added = (pick: (r: LoadResult) => number) =>
    median(proxiedRuns.map((run, i) => pick(run) - pick(directRuns[i] ?? run)));
  const addedP50 = added((r) => r.p50);
  const failed = proxiedRuns.reduce((sum, r) => sum + r.failed, 0);
  return [
    { name: 'stand-in direct p50', value: round(of(directRuns, (r) => r.p50)), unit: 'ms' },
    { name: 'stand-in direct p99', value: round(of(directRuns, (r) => r.p99)), unit: 'ms' },
    { name: 'through Threadline p50', value: round(of(proxiedRuns, (r) => r.p50)), unit: 'ms' },
    { name: 'through Threadline p99', value: round(of(proxiedRuns, (r) => r.p99)), unit: 'ms' },
    {
      name: `added p50 (median of ${RUNS} paired rounds)`,
      value: round(addedP50),
      unit: 'ms',
      budget: `≤ ${ADDED_P50_BUDGET_MS}`,
      pass: addedP50 <= ADDED_P50_BUDGET_MS,
    },
    { name: 'added p99', value: round(added((r) => r.p99)), unit: 'ms' },
    {
      name: 'Threadline CPU per uncached request',
      value: round(of(proxiedRuns, (r) => r.cpuUs)),
      unit: 'µs',
    },
    {
      name: 'failed responses through Threadline',
      value: failed,
      unit: 'responses',
      budget: '0',
      pass: failed === 0,
    },
  ];
}
