/**
 * One autocannon run against a URL, with what the proxy benchmarks report: throughput, p50 and
 * p99 latency (from each response's own timing: autocannon's histogram keeps whole
 * milliseconds, too coarse for sub-millisecond budgets) and the server's CPU time per request.
 */
import autocannon from 'autocannon';
import { cpuSecondsOf } from './processes';

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** The server's pid: its CPU time over the run is divided by the requests it answered. */
  pid: number | undefined;
  headers?: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failed: number;
  /** Server CPU time (user + system) per answered request, in microseconds. */
  cpuUs: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = cpuSecondsOf(options.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers,
      },
      (err, done) => (err ? reject(err as Error) : resolve(done)),
    );
    run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const cpu = cpuSecondsOf(options.pid) - cpuBefore;
  const sorted = Float64Array.from(latencies).sort();
  const answered = result.requests.total;
  return {
    rps: answered / (result.duration || options.seconds),
    requests: answered,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    failed: result.non2xx + result.errors + result.timeouts,
    cpuUs: answered > 0 ? (cpu / answered) * 1e6 : NaN,
  };
}
