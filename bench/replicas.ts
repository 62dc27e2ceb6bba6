/**
 * Issue 12: two Threadline replicas (live mode) and one stand-in upstream on loopback, sharing
 * a fresh schema of one PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL names it;
 * the bench creates the schema and drops it after; the replicas find it by their search_path). Prints the upstream list calls per head
 * interval (those of one replica: only the lease holder indexes), how long after the leader
 * is killed (SIGKILL, no goodbye) the other one takes over, and whether both answer the queue
 * the same. Alone: `npm run bench -- replicas`.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Benchmark, BenchRow } from './benchmark';
import {
  appEnv,
  freePort,
  SERVER_ENTRY,
  startNode,
  startStandIn,
  stop,
  waitUntilUp,
} from './processes';

const API_KEY = 'sk-bench-replicas-0123456789';
const HEAD_INTERVAL_MS = 5000;
const COUNTED_INTERVALS = 4;
/** The default head interval: a dead leader must be replaced within it. */
const TAKEOVER_BUDGET_MS = 30_000;

interface Replica {
  child: ChildProcess;
  base: string;
}

async function startReplica(databaseUrl: string, upstream: string): Promise<Replica> {
  const port = await freePort();
  const child = startNode(
    SERVER_ENTRY,
    [],
    appEnv(port, {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: upstream,
      DATABASE_URL: databaseUrl,
      THREADLINE_INDEX_HEAD_INTERVAL_MS: String(HEAD_INTERVAL_MS),
    }),
  );
  const base = `http://127.0.0.1:${String(port)}`;
  await waitUntilUp(`${base}/api/health`, child);
  return { child, base };
}

async function indexState(replica: Replica): Promise<string> {
  const res = await fetch(`${replica.base}/api/index/status`).catch(() => undefined);
  return res?.ok ? ((await res.json()) as { state: string }).state : 'down';
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out');
    await sleep(50);
  }
  return performance.now() - started;
}

async function leaseHolder(client: pg.Client): Promise<string | undefined> {
  const result = await client.query<{ holder: string }>(
    "SELECT holder FROM lease WHERE name = 'indexer'",
  );
  return result.rows[0]?.holder;
}

/** The queue both replicas serve, as JSON, without the part that says when it was read. */
async function queue(replica: Replica): Promise<string> {
  const res = await fetch(`${replica.base}/api/index/threads?status=locked,closed&limit=100`);
  return JSON.stringify(await res.json());
}

export const replicas: Benchmark = {
  name: 'replicas: two servers sharing one PostgreSQL index',
  async run() {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (url === undefined) {
      console.log('  not measured: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
      return [];
    }
    const name = `threadline_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${name}`);
    const databaseUrl = new URL(url);
    databaseUrl.searchParams.set('options', `-c search_path=${name}`);
    const db = new pg.Client({ connectionString: databaseUrl.toString() });
    const children: ChildProcess[] = [];
    await db.connect();
    try {
      const standIn = await startStandIn(API_KEY, { STANDIN_LOG_REQUESTS: '1' });
      children.push(standIn.child);
      const listCalls: number[] = [];
      createInterface({ input: standIn.child.stdout ?? process.stdin }).on('line', (line) => {
        if (line.includes('"path":"/v1/chatkit/threads"')) listCalls.push(performance.now());
      });
      const a = await startReplica(databaseUrl.toString(), standIn.base);
      const b = await startReplica(databaseUrl.toString(), standIn.base);
      children.push(a.child, b.child);
      await until(
        async () => (await indexState(a)) === 'ready' && (await indexState(b)) === 'ready',
        60_000,
      );

      const from = performance.now();
      await sleep(COUNTED_INTERVALS * HEAD_INTERVAL_MS);
      const perInterval = listCalls.filter((at) => at >= from).length / COUNTED_INTERVALS;
      const identical = (await queue(a)) === (await queue(b));

      const holder = (await leaseHolder(db)) ?? '';
      const leader = [a, b].find((replica) => holder.includes(`:${String(replica.child.pid)}:`));
      const follower = leader === a ? b : a;
      if (!leader) throw new Error(`no replica holds the lease (${holder})`);
      const killedAt = performance.now();
      leader.child.kill('SIGKILL');
      await until(async () => {
        const now = await leaseHolder(db);
        return now !== undefined && now !== holder;
      }, 60_000);
      const takeoverMs = performance.now() - killedAt;
      const calledAfter = await until(
        () => listCalls.some((at) => at > killedAt + takeoverMs - 50),
        10_000,
      ).then(
        () => true,
        () => false,
      );
      const stillServes = (await indexState(follower)) === 'ready';

      const rows: BenchRow[] = [
        {
          name: `upstream list calls per head interval (${String(HEAD_INTERVAL_MS / 1000)} s), two replicas`,
          value: perInterval,
          unit: 'calls',
          budget: '≤ 1 (one replica’s)',
          pass: perInterval <= 1,
        },
        {
          name: 'both replicas answer the queue identically',
          value: identical ? 1 : 0,
          unit: 'yes = 1',
          budget: '1',
          pass: identical,
        },
        {
          name: 'leader killed (SIGKILL) → the other indexes',
          value: Math.round(takeoverMs),
          unit: 'ms',
          budget: `≤ ${String(TAKEOVER_BUDGET_MS)}`,
          pass: takeoverMs <= TAKEOVER_BUDGET_MS && calledAfter && stillServes,
        },
      ];
      return rows;
    } finally {
      await Promise.all(children.map((child) => stop(child)));
      await db.end().catch(() => undefined);
      await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await admin.end();
    }
  },
};
