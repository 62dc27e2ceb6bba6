/**
 * Issue 10, budget 2: what agents feel. The built server in live mode against the stand-in
 * ChatKit API answering after 250 ms (the hosted API's order of magnitude), on loopback.
 * 500 simulated agents, spread over the sample threads, each open a thread (the thread and its
 * first page of items, as the browser does), then poll it every 15 s (the thread and the items
 * after the last one loaded). Each agent signs in through the SSO header, so the per-agent rate
 * limit applies as in production. Agents start evenly over the first poll interval; a round
 * stops by itself after ROUND_S. The stand-in runs in its own process and reports each request
 * it receives, so upstream calls are counted where they arrive.
 */
import { createInterface } from 'node:readline';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { startApp, startStandIn, stop } from './processes';

const AGENTS = 500;
const POLL_MS = 15_000;
const ROUND_S = 60;
const ROUNDS = 3;
const UPSTREAM_LATENCY_MS = 250;
const CACHE_TTL_MS = 3000;
const API_KEY = 'sk-bench-agents-0123456789';
const P99_BUDGET_MS = 300;

interface Sample {
  ms: number;
  ok: boolean;
}

interface UpstreamCall {
  key: string;
  at: number;
}

/** The stand-in with 250 ms latency; every request it logs lands in `calls`, timed on arrival. */
async function startSlowStandIn(calls: UpstreamCall[]) {
  const standIn = await startStandIn(API_KEY, {
    STANDIN_LATENCY_MS: String(UPSTREAM_LATENCY_MS),
    STANDIN_LOG_REQUESTS: '1',
  });
  const lines = createInterface({ input: standIn.child.stdout ?? process.stdin });
  lines.on('line', (line) => {
    if (!line.startsWith('{')) return;
    const { path, query } = JSON.parse(line) as { path: string; query: Record<string, string> };
    calls.push({ key: `${path}?${new URLSearchParams(query)}`, at: performance.now() });
  });
  return standIn;
}

async function timed(url: string, agent: string, samples: Sample[]): Promise<unknown> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      headers: { 'X-Forwarded-Email': agent, 'Accept-Encoding': 'gzip, deflate, br' },
    });
    const body: unknown = await res.json();
    samples.push({ ms: performance.now() - started, ok: res.ok });
    return res.ok ? body : undefined;
  } catch {
    samples.push({ ms: performance.now() - started, ok: false });
    return undefined;
  }
}

/** Opening a thread: the thread and its first page of items at once; returns the page. */
async function agentOpens(
  base: string,
  threadId: string,
  samples: Sample[],
  email = 'warm@example.com',
) {
  const thread = `${base}/api/threads/${threadId}`;
  const [, page] = await Promise.all([
    timed(thread, email, samples),
    timed(`${thread}/items?order=asc&limit=100`, email, samples),
  ]);
  return page;
}

/** One agent: open the thread, then poll it until the round ends. */
async function agent(base: string, index: number, threadId: string, samples: Sample[]) {
  const email = `agent-${index}@example.com`;
  const thread = `${base}/api/threads/${threadId}`;
  const firstPage = `${thread}/items?order=asc&limit=100`;
  const endsAt = performance.now() + ROUND_S * 1000;
  await new Promise((resolve) => setTimeout(resolve, (index / AGENTS) * POLL_MS));
  const page = await agentOpens(base, threadId, samples, email);
  const lastId = (page as { last_id?: string | null } | undefined)?.last_id;
  const tail = lastId ? `${firstPage}&after=${encodeURIComponent(lastId)}` : firstPage;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (performance.now() >= endsAt) return;
    await Promise.all([timed(thread, email, samples), timed(tail, email, samples)]);
  }
}

/** The most upstream calls for one resource (path and query) within any CACHE_TTL_MS. */
function mostCallsPerTtl(calls: UpstreamCall[]): number {
  const byKey = new Map<string, number[]>();
  for (const { key, at } of calls) byKey.set(key, [...(byKey.get(key) ?? []), at]);
  let most = 0;
  for (const list of byKey.values()) {
    const times = list.sort((a, b) => a - b);
    for (let i = 0, j = 0; i < times.length; i += 1) {
      while ((times[i] ?? 0) - (times[j] ?? 0) >= CACHE_TTL_MS) j += 1;
      most = Math.max(most, i - j + 1);
    }
  }
  return most;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

interface RoundResult {
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  upstreamCalls: number;
  mostPerTtl: number;
}

async function oneRound(base: string, threadIds: string[], calls: UpstreamCall[]) {
  calls.length = 0;
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: AGENTS }, (_, i) =>
      agent(base, i, threadIds[i % threadIds.length] ?? '', samples),
    ),
  );
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    upstreamCalls: calls.length,
    mostPerTtl: mostCallsPerTtl(calls),
  } satisfies RoundResult;
}

export const proxyAgents: Benchmark = {
  name: `proxy agents: ${AGENTS} agents polling every 15 s, upstream at ${UPSTREAM_LATENCY_MS} ms (live mode)`,
  async run(): Promise<BenchRow[]> {
    const calls: UpstreamCall[] = [];
    const standIn = await startSlowStandIn(calls);
    try {
      const app = await startApp({
        OPENAI_API_KEY: API_KEY,
        OPENAI_BASE_URL: standIn.base,
        THREADLINE_CACHE_TTL_MS: String(CACHE_TTL_MS),
        THREADLINE_TRUSTED_USER_HEADER: 'X-Forwarded-Email',
        THREADLINE_RATE_LIMIT: '600',
        LOG_LEVEL: 'info',
      });
      try {
        const list = await fetch(`${app.base}/api/threads?limit=100`, {
          headers: { 'X-Forwarded-Email': 'bench@example.com' },
        });
        const { data } = (await list.json()) as { data: { id: string }[] };
        const threadIds = data.map((thread) => thread.id);
        // A server that has been up a while: every code path compiled, then a cache gone cold.
        const warm: Sample[] = [];
        for (const id of threadIds) await agentOpens(app.base, id, warm);
        await new Promise((resolve) => setTimeout(resolve, CACHE_TTL_MS));
        const rounds: RoundResult[] = [];
        for (let i = 0; i < ROUNDS; i += 1) rounds.push(await oneRound(app.base, threadIds, calls));
        return rows(rounds, threadIds.length);
      } finally {
        await stop(app.child);
      }
    } finally {
      await stop(standIn.child);
    }
  },
};

function rows(rounds: RoundResult[], threads: number): BenchRow[] {
  const of = (pick: (r: RoundResult) => number) => round(median(rounds.map(pick)));
  const p99 = of((r) => r.p99);
  const errors = rounds.reduce((sum, r) => sum + r.errors, 0);
  const mostPerTtl = Math.max(...rounds.map((r) => r.mostPerTtl));
  return [
    { name: `threads the agents are spread over`, value: threads, unit: 'threads' },
    {
      name: `requests per ${ROUND_S} s round (median of ${ROUNDS})`,
      value: of((r) => r.requests),
      unit: 'requests',
    },
    { name: 'agent-side p50 latency (median of rounds)', value: of((r) => r.p50), unit: 'ms' },
    {
      name: 'agent-side p99 latency (median of rounds)',
      value: p99,
      unit: 'ms',
      budget: `≤ ${P99_BUDGET_MS}`,
      pass: p99 <= P99_BUDGET_MS,
    },
    {
      name: 'agent-side p99 latency, worst round',
      value: round(Math.max(...rounds.map((r) => r.p99))),
      unit: 'ms',
    },
    {
      name: 'failed requests (all rounds)',
      value: errors,
      unit: 'requests',
      budget: '0',
      pass: errors === 0,
    },
    { name: 'upstream calls per round (median)', value: of((r) => r.upstreamCalls), unit: 'calls' },
    {
      name: `most upstream calls for one resource within one cache TTL (${CACHE_TTL_MS} ms, all rounds)`,
      value: mostPerTtl,
      unit: 'calls',
      budget: '≤ 1',
      pass: mostPerTtl <= 1,
    },
  ];
}
