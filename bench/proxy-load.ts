/**
 * Load on the proxy: 50 connections over loopback against one cached thread, next to bare
 * node:http servers returning the same body, all measured in the same run on the same machine.
 * Each side runs in its own process; autocannon runs here. Rounds alternate the sides so drift
 * in the machine's speed hits them alike; a ratio is the median of the rounds' ratios.
 *
 * Two baselines. The budget's compares equal responses: the bare server sends Threadline's
 * exact headers too (CSP and the other security headers, about 800 bytes), because autocannon
 * parses responses in JavaScript and on a small machine it, not the server, sets the pace:
 * a bare server with a two-header response measures the client's parser as much as the server.
 * That one is reported as well, without a budget.
 *
 * The app runs as shipped (dist/server) in demo mode with its production log level (info: one
 * audit line per thread viewed, to /dev/null) and the rate limit off, since one load client
 * on one address would hit it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { load, type LoadResult } from './proxy-measure';
import { freePort, memoryOf, startApp, startNode, stop, waitUntilUp } from './processes';

const THREAD_PATH = '/api/threads/cthr_demo_refund_duplicate';
const CONNECTIONS = 50;
const DURATION_S = 6;
const WARMUP_S = 2;
const RUNS = 5;
// A floor against regressions, not a target: agents wait on a 100-500 ms upstream (issue 10).
const RATIO_BUDGET = 0.25;

/** Headers Node writes itself, per response or per connection. */
const TRANSPORT_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

async function startBare(body: Buffer, headers: Record<string, string>, dir: string) {
  const port = await freePort();
  const bodyFile = join(dir, 'thread.json');
  const headersFile = join(dir, `headers-${port}.json`);
  writeFileSync(bodyFile, body);
  writeFileSync(headersFile, JSON.stringify(headers));
  const child = startNode('bench/bare-server.ts', [String(port), bodyFile, headersFile], {});
  const url = `http://127.0.0.1:${port}${THREAD_PATH}`;
  await waitUntilUp(url, child);
  return { child, url };
}

interface Side {
  url: string;
  pid: number | undefined;
}

/** Every side's runs, in the same order as `sides`. */
async function alternate(sides: Side[]): Promise<LoadResult[][]> {
  const run = (side: Side, seconds: number) =>
    load(side.url, { connections: CONNECTIONS, seconds, pid: side.pid });
  for (const side of sides) await run(side, WARMUP_S);
  const runs = sides.map((): LoadResult[] => []);
  for (let round = 0; round < RUNS; round += 1) {
    for (const [i, side] of sides.entries()) runs[i]?.push(await run(side, DURATION_S));
  }
  return runs;
}

async function stopAll(children: { child: ChildProcess }[]) {
  for (const { child } of children) await stop(child);
}

export const proxyLoad: Benchmark = {
  name: `proxy load: cached thread, ${CONNECTIONS} connections (rate limit off)`,
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
    const app = await startApp({ LOG_LEVEL: 'info' });
    try {
      // Warm the cache and take the exact bytes the bare server will return.
      const url = `${app.base}${THREAD_PATH}`;
      const first = await fetch(url);
      const body = Buffer.from(await first.arrayBuffer());
      const headers = Object.fromEntries(
        [...first.headers].filter(([name]) => !TRANSPORT_HEADERS.has(name)),
      );
      const contentType = { 'content-type': headers['content-type'] ?? 'application/json' };
      const bares = [await startBare(body, headers, dir), await startBare(body, contentType, dir)];
      try {
        const before = memoryOf(app.child.pid);
        const [appRuns = [], sameRuns = [], plainRuns = []] = await alternate([
          { url, pid: app.child.pid },
          ...bares.map((bare) => ({ url: bare.url, pid: bare.child.pid })),
        ]);
        const after = memoryOf(app.child.pid);
        return [
          ...rows(appRuns, sameRuns, plainRuns, body.length, JSON.stringify(headers).length),
          ...memoryRows(before, after),
        ];
      } finally {
        await stopAll(bares);
      }
    } finally {
      await stop(app.child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const of = (runs: LoadResult[], pick: (r: LoadResult) => number) => round(median(runs.map(pick)));

/** Requests per second, p50, p99 and CPU per request of one side. */
function sideRows(label: string, runs: LoadResult[]): BenchRow[] {
  return [
    { name: `${label} req/s (median of ${RUNS})`, value: of(runs, (r) => r.rps), unit: 'req/s' },
    { name: `${label} p50 latency`, value: of(runs, (r) => r.p50), unit: 'ms' },
    { name: `${label} p99 latency`, value: of(runs, (r) => r.p99), unit: 'ms' },
    { name: `${label} CPU per request`, value: of(runs, (r) => r.cpuUs), unit: 'µs' },
  ];
}

function rows(
  app: LoadResult[],
  same: LoadResult[],
  plain: LoadResult[],
  bytes: number,
  headerBytes: number,
): BenchRow[] {
  const ratioTo = (bare: LoadResult[]) =>
    median(app.map((run, i) => run.rps / (bare[i]?.rps ?? NaN)));
  const ratio = ratioTo(same);
  const failed = app.reduce((sum, r) => sum + r.failed, 0);
  return [
    { name: 'response body', value: bytes, unit: 'bytes' },
    { name: 'response headers (as JSON)', value: headerBytes, unit: 'bytes' },
    ...sideRows('Threadline', app),
    ...sideRows('bare node:http, same headers', same),
    ...sideRows('bare node:http, content type only', plain),
    {
      name: 'throughput ratio Threadline / bare, same headers (median of rounds)',
      value: round(ratio),
      unit: '×',
      budget: `≥ ${RATIO_BUDGET}`,
      pass: ratio >= RATIO_BUDGET,
    },
    {
      name: 'throughput ratio Threadline / bare, content type only (median of rounds)',
      value: round(ratioTo(plain)),
      unit: '×',
    },
    {
      name: 'failed responses (non-2xx, errors, timeouts), Threadline',
      value: failed,
      unit: 'responses',
      budget: '0',
      pass: failed === 0,
    },
  ];
}

function memoryRows(
  before: ReturnType<typeof memoryOf>,
  after: ReturnType<typeof memoryOf>,
): BenchRow[] {
  if (!before || !after) return [];
  return [
    { name: 'Threadline RSS before load', value: round(before.rss), unit: 'MiB' },
    { name: 'Threadline RSS after load', value: round(after.rss), unit: 'MiB' },
    // No budget: V8 grows its heap lazily under this allocation rate; proxy-memory.ts
    // checks the live heap instead.
    { name: 'Threadline peak RSS', value: round(after.peak), unit: 'MiB' },
  ];
}
