import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
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

function startUpstream(): Promise<string> {
  const app = createStandInApi({ apiKey: TEST_KEY, faults: true, slowMs: SLOW_MS });
  return new Promise((resolve) => {
    upstream = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve(`http://127.0.0.1:${info.port}/v1`),
    );
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM, finishes the in-flight request, refuses new ones, then exits 0', async () => {
    const [baseURL, port] = await Promise.all([startUpstream(), freePort()]);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
      cwd: ROOT,
      env: {
        OPENAI_API_KEY: TEST_KEY,
        OPENAI_BASE_URL: baseURL,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
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
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalledAt = performance.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('cthr_fault_slow');
    expect(await exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(SLOW_MS + 1000);
  }, 20_000);
});
