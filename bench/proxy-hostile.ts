/**
 * What a hostile upstream body costs the proxy (issue 9): the built server in live mode against
 * the stand-in's 50 MiB items page (cthr_fault_huge) and its gzip bomb (cthr_fault_gzip_bomb,
 * about 300 KiB inflating to 300 MiB), each in its own process. Each body is requested a few
 * times while /api/health is checked every 10 ms; the worst round is reported: time to the 502,
 * growth of the server's peak RSS over its RSS just before, and the slowest health check.
 */
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { round, type Benchmark, type BenchRow } from './benchmark';
import { memoryOf, standInHeaders, startApp, startStandIn, stop } from './processes';

const API_KEY = 'sk-bench-hostile-0123456789';
const ROUNDS = 3;
const DEADLINE_MS = 15_000; // 1.5 × the default THREADLINE_UPSTREAM_TIMEOUT_MS
const RSS_BUDGET_MIB = 64;
const HEALTH_BUDGET_MS = 100;

const FAULTS = [
  { name: '50 MiB items page', path: '/api/threads/cthr_fault_huge/items' },
  { name: 'gzip bomb', path: '/api/threads/cthr_fault_gzip_bomb' },
];

interface Round {
  status: number;
  code: string | undefined;
  ms: number;
  rssGrowthMiB: number;
  slowestHealthMs: number;
}

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux: clear_refs, value 5). */
function resetPeak(pid: number | undefined): void {
  if (pid !== undefined) writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

async function healthMs(base: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${base}/api/health`)).text();
  return performance.now() - started;
}

async function once(base: string, path: string, pid: number | undefined): Promise<Round> {
  const before = memoryOf(pid)?.rss ?? NaN;
  resetPeak(pid);
  const started = performance.now();
  const call = { settled: false };
  const answer = fetch(`${base}${path}`)
    .then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }))
    .finally(() => (call.settled = true));
  let slowestHealthMs = 0;
  while (!call.settled) {
    slowestHealthMs = Math.max(slowestHealthMs, await healthMs(base));
    await sleep(10);
  }
  const { status, body } = await answer;
  const ms = performance.now() - started;
  const rssGrowthMiB = (memoryOf(pid)?.peak ?? NaN) - before;
  const code = (body as { error?: { code?: string } }).error?.code;
  return { status, code, ms, rssGrowthMiB, slowestHealthMs };
}

function rows(name: string, rounds: Round[]): BenchRow[] {
  const worst = (pick: (r: Round) => number) => Math.max(...rounds.map(pick));
  const all502 = rounds.every((r) => r.status === 502 && r.code === 'upstream_bad_response');
  const ms = worst((r) => r.ms);
  const rss = worst((r) => r.rssGrowthMiB);
  const health = worst((r) => r.slowestHealthMs);
  return [
    {
      name: `${name}: time to 502 upstream_bad_response (worst of ${ROUNDS})`,
      value: round(ms),
      unit: 'ms',
      budget: `502 in < ${DEADLINE_MS}`,
      pass: all502 && ms < DEADLINE_MS,
    },
    {
      name: `${name}: server peak RSS growth`,
      value: round(rss),
      unit: 'MiB',
      budget: `< ${RSS_BUDGET_MIB}`,
      pass: rss < RSS_BUDGET_MIB,
    },
    {
      name: `${name}: slowest /api/health meanwhile`,
      value: round(health),
      unit: 'ms',
      budget: `< ${HEALTH_BUDGET_MS}`,
      pass: health < HEALTH_BUDGET_MS,
    },
  ];
}

export const proxyHostile: Benchmark = {
  name: 'proxy hostile upstream: 50 MiB page and gzip bomb (live mode, default cap)',
  async run(): Promise<BenchRow[]> {
    const standIn = await startStandIn(API_KEY);
    try {
      const app = await startApp({ OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: standIn.base });
      try {
        // Steady state first: a compressed answer sets up undici's parser and zlib, and the
        // stand-in builds its bomb (0.7 s, once), which is not the proxy's time.
        const warm = await fetch(`${app.base}/api/threads/cthr_demo_refund_duplicate`);
        if (!warm.ok) throw new Error(`warm-up answered ${warm.status}`);
        const bomb = `${standIn.base}/chatkit/threads/cthr_fault_gzip_bomb`;
        await (await fetch(bomb, { headers: standInHeaders(API_KEY) })).body?.cancel();
        await Promise.all([healthMs(app.base), healthMs(app.base)]); // two open connections
        const results: BenchRow[] = [];
        for (const fault of FAULTS) {
          const rounds: Round[] = [];
          for (let i = 0; i < ROUNDS; i += 1) {
            rounds.push(await once(app.base, fault.path, app.child.pid));
          }
          results.push(...rows(fault.name, rounds));
        }
        return results;
      } finally {
        await stop(app.child);
      }
    } finally {
      await stop(standIn.child);
    }
  },
};
