/**
 * Issue 12: the thread index at 100,000 threads, on SQLite (a temp folder) and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names one, on PostgreSQL (a schema of its own,
 * dropped after). Seeds synthetic threads through the store in pages, as the indexer writes
 * them, then times the first page (limit 50) of every filter combination the lists use:
 * median of 15 each, worst combination against the 50 ms budget. Also the write rate, the
 * SQLite file's size and the process's RSS after indexing. Alone: `npx tsx bench/run.ts index`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import {
  migrateToLatest,
  openPostgres,
  openSqlite,
  type Database,
} from '../src/server/db/database';
import {
  createThreadIndexStore,
  type IndexQuery,
  type ThreadSnapshot,
} from '../src/server/db/thread-index-store';

const THREADS = 100_000;
const PAGE = 500;
const RUNS = 15;
const QUERY_BUDGET_MS = 50;
const RSS_BUDGET_MB = 250;
const FILE_BUDGET_MB = 100;
const DAY = 86_400;

const TOPICS = ['Refund', 'Login', 'Invoice', 'Shipping', 'Password reset', 'Order', 'Billing'];
const DETAILS = ['duplicate charge', 'not received', 'wrong amount', 'locked out', 'delayed'];
const REASONS = [
  'Escalated to billing',
  'Fraud review',
  'Needs engineering',
  'Customer abusive',
  'Policy question',
  'Legal hold',
];

/**
 * Deterministic synthetic threads over the last 30 days, mostly closed, a tenth locked; made a
 * page at a time, as the indexer receives them.
 */
function syntheticPage(now: number, from: number): ThreadSnapshot[] {
  return Array.from({ length: Math.min(PAGE, THREADS - from) }, (_, i) => {
    const n = from + i;
    const roll = (n * 7919) % 100;
    const status = roll < 10 ? 'locked' : roll < 30 ? 'active' : 'closed';
    return {
      id: `cthr_bench${String(n).padStart(6, '0')}`,
      createdAt: now - Math.floor((n / THREADS) * 30 * DAY),
      status,
      reason: status === 'active' ? null : (REASONS[n % REASONS.length] ?? null),
      title: `${TOPICS[n % TOPICS.length] ?? ''} ${DETAILS[n % DETAILS.length] ?? ''} #${String(n)}`,
      user: `customer${String(n % 5000)}@example.com`,
    };
  });
}

function queries(now: number): [string, Omit<IndexQuery, 'limit'>][] {
  const week = now - 7 * DAY;
  return [
    ['newest, no filter', { sort: 'newest' }],
    ['oldest, no filter', { sort: 'oldest' }],
    ['locked', { sort: 'newest', statuses: ['locked'] }],
    ['locked + reason', { sort: 'newest', statuses: ['locked'], reason: 'Fraud review' }],
    ['search "refund dup"', { sort: 'newest', text: 'refund dup' }],
    [
      'locked + search + last 7 days',
      { sort: 'newest', statuses: ['locked'], text: 'refund', createdFrom: week },
    ],
    ['user', { sort: 'newest', user: 'customer42@example.com' }],
    ['ID prefix', { sort: 'newest', idPrefix: 'cthr_bench0999' }],
    ['search that matches nothing', { sort: 'newest', text: 'zzzz' }],
    [
      'page 20 by cursor',
      { sort: 'newest', after: { createdAt: now - 2 * DAY, id: 'cthr_bench006000' } },
    ],
  ];
}

async function measureOn(
  label: string,
  database: Database,
  fileOf?: () => number,
): Promise<BenchRow[]> {
  await migrateToLatest(database);
  const store = createThreadIndexStore(database);
  const now = Math.floor(Date.now() / 1000);
  const started = performance.now();
  for (let at = 0; at < THREADS; at += PAGE) await store.record(syntheticPage(now, at), now);
  const seconds = (performance.now() - started) / 1000;
  const rows: BenchRow[] = [
    {
      name: `${label}: writing 100,000 threads`,
      value: round(THREADS / seconds),
      unit: 'threads/s',
    },
  ];
  let worst = 0;
  for (const [name, query] of queries(now)) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await store.query({ ...query, limit: 50 });
      times.push(performance.now() - t0);
    }
    const value = median(times);
    worst = Math.max(worst, value);
    rows.push({ name: `${label}: first page, ${name}`, value: round(value), unit: 'ms' });
  }
  rows.push({
    name: `${label}: first page, worst filter combination`,
    value: round(worst),
    unit: 'ms',
    budget: `≤ ${String(QUERY_BUDGET_MS)}`,
    pass: worst <= QUERY_BUDGET_MS,
  });
  const t0 = performance.now();
  await store.overview(now - 30 * DAY, 10);
  rows.push({
    name: `${label}: dashboard figures`,
    value: round(performance.now() - t0),
    unit: 'ms',
  });
  if (fileOf) {
    const megabytes = fileOf() / 2 ** 20;
    rows.push({
      name: `${label}: database file for 100,000 threads`,
      value: round(megabytes),
      unit: 'MB',
      budget: `< ${String(FILE_BUDGET_MB)}`,
      pass: megabytes < FILE_BUDGET_MB,
    });
  }
  return rows;
}

export const threadIndex: Benchmark = {
  name: 'index: the thread index at 100,000 threads',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-index-'));
    const rows: BenchRow[] = [];
    try {
      const sqlite = openSqlite(dir);
      const size = () =>
        readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
      rows.push(...(await measureOn('SQLite', sqlite, size)));
      await sqlite.close();
      const rss = process.memoryUsage().rss / 2 ** 20;
      rows.push({
        name: 'process RSS after indexing 100,000 threads (SQLite)',
        value: round(rss),
        unit: 'MB',
        budget: `< ${String(RSS_BUDGET_MB)}`,
        pass: rss < RSS_BUDGET_MB,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (url === undefined) {
      console.log('  PostgreSQL not measured: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
      return rows;
    }
    const schema = `bench_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const postgres = openPostgres(url, { schema });
      try {
        rows.push(...(await measureOn('PostgreSQL', postgres)));
      } finally {
        await postgres.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
    return rows;
  },
};
