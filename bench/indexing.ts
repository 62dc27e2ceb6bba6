/**
 * Issue 12: how fast the indexer fills the index, end to end. The shipped server in demo mode
 * (its in-process stand-in, the SDK, validation, SQLite) with generated threads, timed from
 * start-up until the first pass is done (GET /api/index/status says `ready`):
 *   - at the defaults against the hosted API's pace: 250 ms a call, at most 2 calls a second
 *     (THREADLINE_INDEX_MAX_RPS); the bound is the budget, 200 threads a second;
 *   - with no latency and no budget to speak of (100 calls a second): what the pipeline itself
 *     can take.
 * Also the server's RSS once done. Alone: `npx tsx bench/run.ts indexing`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { round, type Benchmark, type BenchRow } from './benchmark';
import { memoryOf, startApp, stop } from './processes';
import type { IndexStatusBody } from '../src/shared/api-contract';

const AT_PACE = 5000;
const UNCAPPED = 20_000;
const TIMEOUT_MS = 120_000;

async function firstPass(
  threads: number,
  env: Record<string, string>,
): Promise<{ seconds: number; indexed: number; rssMb: number }> {
  const started = performance.now();
  const { child, base } = await startApp({ THREADLINE_DEMO_THREADS: String(threads), ...env });
  try {
    for (;;) {
      const status = (await (await fetch(`${base}/api/index/status`)).json()) as IndexStatusBody;
      if (status.state === 'ready')
        return {
          seconds: (performance.now() - started) / 1000,
          indexed: status.threads,
          rssMb: memoryOf(child.pid)?.rss ?? NaN,
        };
      if (performance.now() - started > TIMEOUT_MS)
        throw new Error(
          `first pass not done after ${String(TIMEOUT_MS)} ms: ${JSON.stringify(status)}`,
        );
      await sleep(100);
    }
  } finally {
    await stop(child);
  }
}

export const indexing: Benchmark = {
  name: 'indexing: the first pass end to end (demo server, generated threads)',
  async run() {
    const rows: BenchRow[] = [];
    const paced = await firstPass(AT_PACE, { THREADLINE_DEMO_LATENCY_MS: '250' });
    const pacedRate = paced.indexed / paced.seconds;
    rows.push(
      {
        name: `first pass of ${AT_PACE.toLocaleString('en')} threads, 250 ms a call, 2 calls/s (defaults)`,
        value: round(paced.seconds),
        unit: 's',
      },
      { name: 'the same, threads indexed per second', value: round(pacedRate), unit: 'threads/s' },
      {
        name: 'the same pace, 100,000 threads (projected)',
        value: round(100_000 / pacedRate / 60),
        unit: 'min',
      },
    );
    const uncapped = await firstPass(UNCAPPED, { THREADLINE_INDEX_MAX_RPS: '100' });
    rows.push(
      {
        name: `first pass of ${UNCAPPED.toLocaleString('en')} threads, no latency, 100 calls/s`,
        value: round(uncapped.seconds),
        unit: 's',
      },
      {
        name: 'the same, threads indexed per second',
        value: round(uncapped.indexed / uncapped.seconds),
        unit: 'threads/s',
      },
      {
        name: 'server RSS after that pass (with the demo’s 20,000 threads in memory)',
        value: round(uncapped.rssMb),
        unit: 'MB',
      },
    );
    return rows;
  },
};
