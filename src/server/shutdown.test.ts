import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { createStandInApi } from '@/server/demo/stand-in-api';
import { TEST_KEY } from './app-test-harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW_MS = 1500;

let upstream: ServerType | undefined;
afterAll(() => upstream?.close());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The stand-in upstream; `slowCallArrived` settles once the slow thread has been asked for. */
function startUpstream() {
  const app = createStandInApi({ apiKey: TEST_KEY, faults: true, slowMs: SLOW_MS });
  let arrived: () => void = () => undefined;
  const slowCallArrived = new Promise<undefined>((resolve) => {
    arrived = () => resolve(undefined);
  });
  const base = new Promise<string>((resolve) => {
    const fetch = (request: Request) => {
      if (request.url.includes('cthr_fault_slow')) arrived();
      return app.fetch(request);
    };
    upstream = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve(`http://127.0.0.1:${info.port}/v1`),
    );
  });
  return { base, slowCallArrived };
}

const answers = (url: string) =>
  fetch(url).then(
    () => 'answered',
    () => 'refused',
  );

describe('graceful shutdown', () => {
  it('on SIGTERM, finishes the in-flight request, refuses new ones, then exits 0', async () => {
    const { base, slowCallArrived } = startUpstream();
    const [baseURL, port] = await Promise.all([base, freePort()]);
    const dataDir = mkdtempSync(join(tmpdir(), 'threadline-shutdown-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
      cwd: ROOT,
      env: {
        OPENAI_API_KEY: TEST_KEY,
        OPENAI_BASE_URL: baseURL,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        // The index on, as by default, in a folder of its own: shutdown stops it too.
        THREADLINE_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Threadline listening')) resolve();
      });
      child.on('exit', () => reject(new Error('the server exited before listening')));
    });

    const url = `http://127.0.0.1:${port}/api/threads/cthr_fault_slow`;
    const inFlight = fetch(url).then(async (res) => ({
      status: res.status,
      body: await res.text(),
    }));
    // The request is in flight once upstream has it (the slow fault then takes SLOW_MS).
    await slowCallArrived;
    const signalledAt = performance.now();
    child.kill('SIGTERM');
    // New connections are refused while the slow request is still being answered.
    await expect.poll(() => answers(`http://127.0.0.1:${port}/api/health`)).toBe('refused');

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('cthr_fault_slow');
    expect(await exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(SLOW_MS + 1000);
  }, 20_000);
});
