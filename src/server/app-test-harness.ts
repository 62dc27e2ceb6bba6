import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import { expect } from 'vitest';
import { createStandInApi, type StandInRequest } from '@/server/demo/stand-in-api';
import { createApp } from './app';
import type { AccessOptions } from './auth/access';
import { createLogger } from './logger';
import type { ClientAddressResolver } from './http/client-address';
import { createCachedThreadsService } from './threads/cached-threads-service';
import { createLiveClient, fetchVia } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';

export const TEST_KEY = 'sk-test-THREADLINE-0123456789abcdefSECRET';
/** Per attempt; the overall deadline is 1.5× (600 ms): room for the 0.5 s retry backoff. */
export const TEST_TIMEOUT_MS = 400;
export const UPSTREAM_BASE_URL = 'http://upstream.threadline.test/v1';

/** The key and every fragment of it that an upstream message could quote. */
export const KEY_FRAGMENTS = [
  TEST_KEY,
  TEST_KEY.slice(0, 6),
  TEST_KEY.slice(-4),
  'THREADLINE',
  '0123456789abcdef',
  'SECRET',
];

export function expectNoKeyFragments(text: string): void {
  for (const fragment of KEY_FRAGMENTS) expect(text).not.toContain(fragment);
}

/** Captures pino's JSON lines. */
export function logCapture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}

/** Every log line of every harness in the current test file (Vitest isolates files). */
export const capturedLogs = logCapture();

export interface HarnessOptions {
  /** Key the stand-in accepts; defaults to TEST_KEY. */
  upstreamKey?: string;
  slowMs?: number;
  staticDir?: string;
  access?: AccessOptions;
  /** Per-attempt upstream timeout; defaults to TEST_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Defaults to the production default, 3000; 0 turns the cache off (calls still coalesce). */
  cacheTtlMs?: number;
  /** Off unless given. */
  rateLimitPerMinute?: number;
  clientAddress?: ClientAddressResolver;
  previewHosts?: readonly string[];
}

/** A live-mode app whose real SDK client talks to a fresh in-process stand-in with faults. */
export function liveHarness(options: HarnessOptions = {}) {
  const upstream: StandInRequest[] = [];
  const standIn = createStandInApi({
    apiKey: options.upstreamKey ?? TEST_KEY,
    faults: true,
    slowMs: options.slowMs ?? 100,
    onRequest: (request) => upstream.push(request),
  });
  const client = createLiveClient({
    apiKey: TEST_KEY,
    baseURL: UPSTREAM_BASE_URL,
    timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS,
    fetch: fetchVia(standIn),
  });
  const threads = createCachedThreadsService(
    createThreadsService({ client, timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS }),
    { ttlMs: options.cacheTtlMs ?? 3000 },
  );
  const { logger } = capturedLogs;
  const app = createApp({
    threads,
    mode: 'live',
    logger,
    staticDir: options.staticDir,
    access: options.access,
    rateLimitPerMinute: options.rateLimitPerMinute,
    clientAddress: options.clientAddress,
    previewHosts: options.previewHosts,
  });
  return { app, upstream, client };
}

/**
 * The real SDK client and threads service over a fresh in-process stand-in without faults or
 * cache: every call reaches it, and `onRequest` sees each one.
 */
export function standInThreads(onRequest?: (request: StandInRequest) => void) {
  const standIn = createStandInApi({ apiKey: TEST_KEY, faults: false, onRequest });
  const client = createLiveClient({
    apiKey: TEST_KEY,
    baseURL: UPSTREAM_BASE_URL,
    timeoutMs: 2000,
    fetch: fetchVia(standIn),
  });
  return createThreadsService({ client, timeoutMs: 2000 });
}

/** Status, headers and body of a response, with the body as text and as JSON when it is. */
export async function read(response: Response) {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  return { status: response.status, headers: response.headers, headerText: headers, text, json };
}

/** Serves `fetch` (an app or the stand-in) on a loopback port, for tests over real sockets. */
export function serveOnLoopback(fetch: (request: Request) => Response | Promise<Response>) {
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive sockets (undici's and the test's own fetch) would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${info.port}`, close });
    });
  });
}
