import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A port nobody is listening on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** The shipped server, built by `npm run build` (the bench script builds first). */
export const SERVER_ENTRY = 'dist/server/index.js';

/**
 * Starts an entry point in its own Node process: compiled JavaScript as is, TypeScript through
 * node --import tsx (not the tsx CLI, so the pid is the server's own and its RSS and CPU time
 * are what get measured). stdout is discarded unless `stdout` is 'pipe'.
 */
export function startNode(
  entry: string,
  args: string[],
  env: Record<string, string>,
  stdout: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return spawn(process.execPath, [...loader, entry, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', stdout, 'inherit'],
  });
}

export async function waitUntilUp(
  url: string,
  child: ChildProcess,
  headers: Record<string, string> = {},
): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited early`);
    const ok = await fetch(url, { headers }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} did not come up within 20 s`);
}

export async function stop(child: ChildProcess): Promise<void> {
  // Gone already: it exited, or a signal ended it (exitCode stays null then).
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident and peak resident memory of a process in MiB, from /proc (Linux only). */
export function memoryOf(pid: number | undefined): { rss: number; peak: number } | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) a process has used so far, in seconds, from /proc (Linux only).
 * utime and stime are fields 14 and 15 of /proc/<pid>/stat, counted in clock ticks (100 a
 * second on Linux); fields are counted after the command name, which may contain spaces.
 */
export function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / CLOCK_TICKS_PER_SECOND;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** The environment the benchmarks run the server with; `env` overrides any of it. */
export function appEnv(port: number, env: Record<string, string> = {}): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    PORT: String(port),
    OPENAI_API_KEY: '',
    // Off: one load client on one address would hit it (the limit has its own server tests).
    THREADLINE_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // The thread index on, as shipped, in a folder of this server's own (never ./data).
    THREADLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'threadline-bench-data-')),
    ...env,
  };
}

/**
 * The real Threadline server as shipped (`node dist/server/index.js`, demo mode unless `env`
 * says otherwise), serving the production build of the SPA from dist/client (`npm run bench`
 * builds both first). The rate limit is off: one client would hit it.
 */
export async function startApp(
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; base: string }> {
  if (!existsSync(`${ROOT}${SERVER_ENTRY}`)) {
    throw new Error(`${SERVER_ENTRY} is missing: run npm run build first`);
  }
  const port = await freePort();
  const child = startNode(SERVER_ENTRY, [], appEnv(port, env));
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  return { child, base };
}

/** What the SDK sends the stand-in: a key and the ChatKit beta header the API requires. */
export function standInHeaders(apiKey: string): Record<string, string> {
  return { Authorization: `Bearer ${apiKey}`, 'OpenAI-Beta': 'chatkit_beta=v1' };
}

/**
 * The stand-in ChatKit API (src/server/demo/stand-in-server.ts, faults on, answers compressed
 * when asked) in its own process, so its memory and CPU stay out of the server's figures and
 * the load client's. `env` adds STANDIN_* variables; with STANDIN_LOG_REQUESTS its stdout is
 * piped, a JSON line per request.
 */
export async function startStandIn(
  apiKey: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const logs = env['STANDIN_LOG_REQUESTS'] === undefined ? 'ignore' : 'pipe';
  const child = startNode(
    'src/server/demo/stand-in-server.ts',
    [],
    { STANDIN_PORT: String(port), STANDIN_API_KEY: apiKey, ...env },
    logs,
  );
  const base = `http://127.0.0.1:${port}/v1`;
  await waitUntilUp(
    `${base}/chatkit/threads/cthr_demo_refund_duplicate`,
    child,
    standInHeaders(apiKey),
  );
  return { child, base };
}
