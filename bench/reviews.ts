/**
 * Issue 13: review writes under read load, on SQLite (a temp folder) and on PostgreSQL (a fresh
 * schema on the server BENCH_DATABASE_URL or TEST_DATABASE_URL names; not run without one).
 * The real server in demo mode with 2,000 generated threads, the thread index on (as shipped),
 * the write rate limit off. WRITERS agents, each with its own name cookie, work through the
 * queue: read the review, claim it (If-Match), sometimes flag an item, mark it done with an
 * outcome and a note (If-Match), pausing WRITER_PAUSE_MS between steps; a 409 is an answer
 * (another agent got there first). Meanwhile READERS agents open threads (the thread, its first
 * page of items and its review at once) and read each for READER_PAUSE_MS; the writers' review
 * reads count as reads too. Latency is measured here, from sending to the last byte, in ROUNDS
 * windows after WARMUP_S; figures are the median of the windows. CPU is counted for the server,
 * this load client and the rest of the machine (PostgreSQL's processes, and whatever else shares
 * a small box: when that is busy, the server is starved and latency says so). The built server
 * when dist/ is newer than the sources, else the sources through tsx. Alone:
 * `npx tsx bench/run.ts reviews`.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import {
  appEnv,
  cpuSecondsOf,
  freePort,
  ROOT,
  SERVER_ENTRY,
  startNode,
  stop,
  waitUntilUp,
} from './processes';

const WRITERS = 50;
const READERS = 500;
const THREADS = 2000;
/** Writers work the first QUEUE threads: close enough that two sometimes meet (409). */
const QUEUE = 300;
/**
 * Between an agent's steps (uniform 0.5–1.5×): about one write a second per agent, some 50× the
 * pace of a person who reviews a thread every two minutes.
 */
const WRITER_PAUSE_MS = 1000;
/**
 * Reading one thread before opening the next (uniform 0.5–1.5×): 300 reads/s from 500 readers,
 * 3× what 500 browsers polling every 15 s ask (bench/proxy-agents.ts).
 */
const READER_PAUSE_MS = 5000;
/** Agents start over RAMP_S; the warm-up covers that and the first few steps after it. */
const RAMP_S = 2;
const WARMUP_S = 5;
const ROUNDS = 3;
const ROUND_S = 5;
const CLOCK_TICKS_PER_SECOND = 100;
const P99_BUDGET_MS = 100;
const OUTCOMES = ['resolved by agent', 'bot error', 'missing knowledge', 'policy', 'duplicate'];
const WRITE = { 'X-Threadline-Write': '1', 'Content-Type': 'application/json' };

interface Sample {
  at: number;
  ms: number;
}

interface Stats {
  writes: Sample[];
  reads: Sample[];
  conflicts: number;
  errors: string[];
}

/** The window samples count in: after the warm-up, before the end. */
interface Window {
  from: number;
  to: number;
}

const threadId = (n: number) => `cthr_demo_gen_${String(n).padStart(5, '0')}`;

/** Deterministic per agent, so runs load the same threads in the same order. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pause = (next: () => number, ms: number) => sleep(ms * (0.5 + next()));

/** The route a request went to, without the thread ID and query. */
const routeOf = (path: string) => path.replace(/cthr_\w+/, ':id').replace(/\?.*/, '');

/** One request, timed to its last byte; a 409 is an answer, anything else not 2xx an error. */
async function timed(
  base: string,
  path: string,
  init: RequestInit,
  into: Sample[],
  stats: Stats,
): Promise<{ status: number; body: unknown; etag: string | null }> {
  const at = performance.now();
  try {
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    into.push({ at, ms: performance.now() - at });
    if (res.status === 409) stats.conflicts += 1;
    else if (!res.ok) stats.errors.push(`${init.method ?? 'GET'} ${routeOf(path)}: ${res.status}`);
    return {
      status: res.status,
      body: text ? JSON.parse(text) : null,
      etag: res.headers.get('etag'),
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    stats.errors.push(`${init.method ?? 'GET'} ${routeOf(path)}: ${String(cause)}`);
    return { status: 0, body: null, etag: null };
  }
}

async function nameCookie(base: string, name: string): Promise<string> {
  const res = await fetch(`${base}/api/me`, {
    method: 'PUT',
    headers: WRITE,
    body: JSON.stringify({ name }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!res.ok || cookie === undefined) throw new Error(`PUT /api/me: ${res.status}`);
  return cookie;
}

/** An agent working the queue: claim, maybe flag, done; each save with the ETag it last saw. */
async function writer(base: string, a: number, cookie: string, end: number, stats: Stats) {
  const next = random(a + 1);
  const name = `agent ${a}`;
  const headers = { ...WRITE, Cookie: cookie };
  const put = (path: string, etag: string, review: unknown) =>
    timed(
      base,
      path,
      { method: 'PUT', headers: { ...headers, 'If-Match': etag }, body: JSON.stringify(review) },
      stats.writes,
      stats,
    );
  await sleep(next() * RAMP_S * 1000);
  while (performance.now() < end) {
    const path = `/api/threads/${threadId(Math.floor(next() * QUEUE))}/review`;
    const read = await timed(base, path, { headers }, stats.reads, stats);
    if (read.etag === null) {
      await pause(next, WRITER_PAUSE_MS);
      continue;
    }
    const claim = { state: 'in_review', claimed_by: name, outcome: null, note: '' };
    const claimed = await put(path, read.etag, claim);
    await pause(next, WRITER_PAUSE_MS);
    if (claimed.status !== 200 || claimed.etag === null) continue;
    let etag = claimed.etag;
    if (next() < 0.5) {
      const flag = { item_id: 'cthi_bench', kind: 'wrong', comment: `${name}: quoted old policy` };
      const init = { method: 'POST', headers, body: JSON.stringify(flag) };
      const flagged = await timed(base, `${path}/flags`, init, stats.writes, stats);
      etag = flagged.etag ?? etag;
      await pause(next, WRITER_PAUSE_MS);
    }
    const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)] ?? null;
    const note = `Checked by ${name}: the bot's answer was ${outcome ?? 'fine'}.`;
    await put(path, etag, { state: 'done', claimed_by: null, outcome, note });
    await pause(next, WRITER_PAUSE_MS);
  }
}

/** An agent reading: opens a thread as the browser does, reads it, opens another. */
async function reader(base: string, r: number, end: number, stats: Stats) {
  const next = random(10_000 + r);
  await sleep(next() * RAMP_S * 1000);
  while (performance.now() < end) {
    const thread = `/api/threads/${threadId(Math.floor(next() * THREADS))}`;
    await Promise.all(
      [thread, `${thread}/items?order=asc&limit=100`, `${thread}/review`].map((path) =>
        timed(base, path, {}, stats.reads, stats),
      ),
    );
    await pause(next, READER_PAUSE_MS);
  }
}

function percentile(samples: Sample[], window: Window, fraction: number): number {
  const sorted = samples
    .filter((s) => s.at >= window.from && s.at < window.to)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

const countIn = (samples: Sample[], window: Window) =>
  samples.filter((s) => s.at >= window.from && s.at < window.to).length;

/** Newest change under a folder, in ms since the epoch. */
function newestIn(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(dir, file)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

/** The built server if it is newer than every server source file, else the sources (tsx). */
function serverEntry(): string {
  try {
    const built = statSync(join(ROOT, SERVER_ENTRY)).mtimeMs;
    const sources = Math.max(
      newestIn(join(ROOT, 'src/server')),
      newestIn(join(ROOT, 'src/shared')),
    );
    return built >= sources ? SERVER_ENTRY : 'src/server/index.ts';
  } catch {
    return 'src/server/index.ts';
  }
}

async function startServer(entry: string, env: Record<string, string>) {
  const port = await freePort();
  const child = startNode(entry, [], appEnv(port, env));
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  // The index has crawled the demo threads, and reviews are reachable (PostgreSQL connects late).
  for (let attempt = 0; ; attempt += 1) {
    const [index, review] = await Promise.all([
      fetch(`${base}/api/index/status`).then((res) => res.json() as Promise<{ state?: string }>),
      fetch(`${base}/api/threads/${threadId(0)}/review`).then((res) => res.status),
    ]);
    if (index.state === 'ready' && review === 200) break;
    if (attempt > 600) throw new Error('the server did not get ready within 60 s');
    await sleep(100);
  }
  return { child, base };
}

/** Busy CPU time of the whole machine so far, in seconds, from /proc/stat (Linux only). */
function machineBusySeconds(): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS_PER_SECOND;
}

/** CPU used over `seconds` by the server, this load client and everything else, in cores. */
function cpuMeter(pid: number | undefined) {
  const start = {
    server: cpuSecondsOf(pid),
    client: process.cpuUsage(),
    all: machineBusySeconds(),
  };
  return (seconds: number) => {
    const server = cpuSecondsOf(pid) - start.server;
    const used = process.cpuUsage(start.client);
    const client = (used.user + used.system) / 1e6;
    const others = machineBusySeconds() - start.all - server - client;
    return { server: server / seconds, client: client / seconds, others: others / seconds };
  };
}

async function measure(base: string, pid: number | undefined) {
  const stats: Stats = { writes: [], reads: [], conflicts: 0, errors: [] };
  const cookies = await Promise.all(
    Array.from({ length: WRITERS }, (_, a) => nameCookie(base, `agent ${a}`)),
  );
  const started = performance.now() + WARMUP_S * 1000;
  const rounds: Window[] = Array.from({ length: ROUNDS }, (_, i) => ({
    from: started + i * ROUND_S * 1000,
    to: started + (i + 1) * ROUND_S * 1000,
  }));
  const end = started + ROUNDS * ROUND_S * 1000;
  const load = Promise.all([
    ...cookies.map((cookie, a) => writer(base, a, cookie, end, stats)),
    ...Array.from({ length: READERS }, (_, r) => reader(base, r, end, stats)),
  ]);
  await sleep(started - performance.now());
  const cpu = cpuMeter(pid);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await sleep(end - performance.now());
  delay.disable();
  const cores = cpu(ROUNDS * ROUND_S);
  await load;
  const ofRounds = (pick: (window: Window) => number) => median(rounds.map(pick));
  const all = { from: started, to: end };
  return {
    writeP50: ofRounds((w) => percentile(stats.writes, w, 0.5)),
    writeP99: ofRounds((w) => percentile(stats.writes, w, 0.99)),
    worstWriteP99: Math.max(...rounds.map((w) => percentile(stats.writes, w, 0.99))),
    readP99: ofRounds((w) => percentile(stats.reads, w, 0.99)),
    writesPerS: countIn(stats.writes, all) / (ROUNDS * ROUND_S),
    readsPerS: countIn(stats.reads, all) / (ROUNDS * ROUND_S),
    conflicts: stats.conflicts,
    errors: stats.errors,
    cores,
    clientDelayP99: delay.percentile(99) / 1e6,
  };
}

/** The errors by request and answer, most frequent first: "PUT review: 503 ×3". */
function errorKinds(errors: string[]): string {
  const counts = new Map<string, number>();
  for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([error, n]) => `${error} ×${n}`)
    .join('; ');
}

function rowsOf(label: string, result: Awaited<ReturnType<typeof measure>>): BenchRow[] {
  if (result.errors.length > 0) console.log(`  ${label} errors: ${errorKinds(result.errors)}`);
  const perRound = `median of ${ROUNDS} × ${ROUND_S} s`;
  return [
    { name: `${label}: review write p50 (${perRound})`, value: round(result.writeP50), unit: 'ms' },
    {
      name: `${label}: review write p99 (${perRound})`,
      value: round(result.writeP99),
      unit: 'ms',
      budget: `≤ ${P99_BUDGET_MS}`,
      pass: result.writeP99 <= P99_BUDGET_MS,
    },
    {
      name: `${label}: review write p99, worst round`,
      value: round(result.worstWriteP99),
      unit: 'ms',
    },
    {
      name: `${label}: errors (non-2xx but 409, failed requests; whole run)`,
      value: result.errors.length,
      unit: 'requests',
      budget: '0',
      pass: result.errors.length === 0,
    },
    { name: `${label}: review writes answered`, value: round(result.writesPerS), unit: '/s' },
    {
      name: `${label}: 409 review_conflict answers (whole run)`,
      value: result.conflicts,
      unit: 'answers',
    },
    { name: `${label}: reads answered`, value: round(result.readsPerS), unit: '/s' },
    { name: `${label}: read p99 (${perRound})`, value: round(result.readP99), unit: 'ms' },
    { name: `${label}: server CPU`, value: round(result.cores.server), unit: 'cores' },
    { name: `${label}: load client CPU`, value: round(result.cores.client), unit: 'cores' },
    {
      name: `${label}: other processes' CPU (machine busy otherwise)`,
      value: round(result.cores.others),
      unit: 'cores',
    },
    {
      name: `${label}: load client event-loop delay p99`,
      value: round(result.clientDelayP99),
      unit: 'ms',
    },
  ];
}

/** A schema of its own on the PostgreSQL server, or why there is none. */
async function postgresSchema(): Promise<
  { url: string; drop: () => Promise<void> } | { notRun: string }
> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url === undefined) return { notRun: 'set BENCH_DATABASE_URL or TEST_DATABASE_URL' };
  const name = `threadline_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    return { notRun: `PostgreSQL unreachable (${String(error)})` };
  }
  const schemaUrl = new URL(url);
  schemaUrl.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: schemaUrl.toString(),
    async drop() {
      await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await admin.end();
    },
  };
}

async function runOn(label: string, entry: string, env: Record<string, string>) {
  let app: { child: ChildProcess; base: string } | undefined;
  try {
    app = await startServer(entry, {
      THREADLINE_DEMO_THREADS: String(THREADS),
      THREADLINE_WRITE_RATE_LIMIT: '0',
      ...env,
    });
    return rowsOf(label, await measure(app.base, app.child.pid));
  } finally {
    if (app) await stop(app.child);
  }
}

export const reviews: Benchmark = {
  name: `reviews: ${WRITERS} agents writing reviews while ${READERS} read (demo, ${THREADS} threads, index on)`,
  async run(): Promise<BenchRow[]> {
    const entry = serverEntry();
    console.log(
      `  server: ${entry === SERVER_ENTRY ? 'built (dist)' : 'from source (tsx): dist is missing or older than src'}`,
    );
    const rows = await runOn('SQLite', entry, {});
    const postgres = await postgresSchema();
    if ('notRun' in postgres) {
      console.log(`  PostgreSQL not run: ${postgres.notRun}`);
      return [...rows, { name: `PostgreSQL: not run (${postgres.notRun})`, value: 0, unit: '' }];
    }
    try {
      return [...rows, ...(await runOn('PostgreSQL', entry, { DATABASE_URL: postgres.url }))];
    } finally {
      await postgres.drop();
    }
  },
};
