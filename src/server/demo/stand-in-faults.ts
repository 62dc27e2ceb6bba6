import { setTimeout as sleep } from 'node:timers/promises';
import { createGzip } from 'node:zlib';
import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker } from './sample-builders';
import type { SampleThread } from './sample-threads';
import {
  apiError,
  invalidKeyError,
  jsonResponse,
  presentedKey,
  rawResponse,
} from './stand-in-responses';

export type FaultScope = 'retrieve' | 'items' | 'list';

const T = 1795600000; // 2026-11-25 08:26:40 UTC

/** A small valid thread for the faults that eventually answer; `user` is the fault's suffix. */
function fixture(suffix: string, status: ChatKitThread['status']): SampleThread {
  const id = `cthr_${suffix}`;
  const make = itemMaker(id);
  const items: ThreadItem[] = [
    make.user(`cthi_${suffix}_01`, T, 'Is my order on its way?'),
    make.assistant(`cthi_${suffix}_02`, T + 3, 'Yes, it left the warehouse this morning.'),
  ];
  const thread = {
    id,
    object: 'chatkit.thread',
    created_at: T,
    title: `Fault fixture: ${suffix}`,
    status,
    user: suffix,
  } satisfies ChatKitThread;
  return { thread, items };
}

export const faultFixtures: readonly SampleThread[] = [
  fixture('fault_flaky', { type: 'active' }),
  fixture('fault_429_once', { type: 'active' }),
  fixture('fault_slow', { type: 'active' }),
  fixture('fault_items_500', { type: 'locked', reason: 'Waiting for the warehouse' }),
  fixture('fault_huge', { type: 'active' }),
];

const MiB = 1024 * 1024;
const HUGE_PAGE_ITEMS = 800;
const HUGE_ITEM_TEXT = 'All work and no play makes a very long transcript. '.repeat(1300); // ~64 KiB

/**
 * A valid items page of about 50 MiB, generated an item at a time as the reader pulls, so the
 * stand-in never holds it. `no-transform` keeps it uncompressed on the wire.
 */
function hugeItemsPage(): Response {
  const make = itemMaker('cthr_fault_huge');
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next === HUGE_PAGE_ITEMS) {
        controller.enqueue(encoder.encode('],"first_id":null,"last_id":null,"has_more":false}'));
        controller.close();
        return;
      }
      const item = make.assistant(`cthi_fault_huge_${next}`, T + next, HUGE_ITEM_TEXT);
      const prefix = next === 0 ? '{"object":"list","data":[' : ',';
      controller.enqueue(encoder.encode(prefix + JSON.stringify(item)));
      next += 1;
    },
  });
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-transform' };
  return new Response(body, { headers });
}

let gzipBomb: Promise<Uint8Array<ArrayBuffer>> | undefined;

/**
 * About 300 KiB of gzip that inflates to a 300 MiB thread (valid JSON: the title is 300 MiB of
 * one letter). Built once, on first use, a MiB at a time: about 0.7 s of CPU, never 300 MiB of
 * memory.
 */
export function gzipBombBytes(): Promise<Uint8Array<ArrayBuffer>> {
  gzipBomb ??= new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (part: Buffer) => parts.push(part));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    const letters = Buffer.alloc(MiB, 'A');
    let written = 0;
    const writeLetters = () => {
      while (written < 300) {
        written += 1;
        if (!gzip.write(letters)) {
          gzip.once('drain', writeLetters);
          return;
        }
      }
      gzip.end('"}');
    };
    gzip.write('{"id":"cthr_fault_gzip_bomb","object":"chatkit.thread","title":"');
    writeLetters();
  });
  return gzipBomb;
}

/** A body that claims an encoding: sent as is, decoded (or not) by the receiving fetch. */
function encodedResponse(body: BodyInit, encoding: string): Response {
  const headers = { 'content-type': 'application/json', 'content-encoding': encoding };
  return new Response(body, { headers });
}

/** Headers and half a thread, then the stream fails: over a socket, the connection is cut. */
function resetMidBody(threadId: string): Response {
  const half = new TextEncoder().encode(`{"id":"${threadId}","object":"chatkit.thread","ti`);
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) controller.error(new Error('stand-in fault: connection reset mid-body'));
      else controller.enqueue(half);
      sent = true;
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

function rateLimited(retryAfter: string): Response {
  return apiError(
    429,
    `Rate limit reached for requests per min (RPM): Limit 60, Used 60, Requested 1. Please try again in ${retryAfter}s.`,
    { type: 'requests', code: 'rate_limit_exceeded', headers: { 'retry-after': retryAfter } },
  );
}

function serverError(status: 500 | 503): Response {
  const message =
    status === 500
      ? 'The server had an error while processing your request. Sorry about that!'
      : 'The server is currently overloaded, please try again later.';
  return apiError(status, message, { type: 'server_error' });
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Returns the response a fault thread ID forces, or undefined to serve the request normally.
 * The hang and slow faults end when the caller aborts, by throwing the abort reason, so an
 * in-process `fetch` rejects as a real one would and no timer outlives the request.
 */
export function createFaultInjector(slowMs: number) {
  const failedOnce = new Set<string>();
  const once = (key: string, fail: () => Response) => {
    if (failedOnce.has(key)) return undefined;
    failedOnce.add(key);
    return fail();
  };
  return async (threadId: string, request: Request, scope: FaultScope) => {
    const { signal } = request;
    switch (threadId) {
      case 'cthr_fault_401':
        return invalidKeyError(presentedKey(request));
      case 'cthr_fault_403':
        return apiError(
          403,
          'You have insufficient permissions for this operation. Missing scopes: api.chatkit.threads.read.',
        );
      case 'cthr_fault_429':
        return rateLimited('3');
      case 'cthr_fault_500':
        return serverError(500);
      case 'cthr_fault_503':
        return serverError(503);
      case 'cthr_fault_flaky':
        return once(`${scope}:${threadId}`, () => serverError(500));
      // A short rate limit the proxy may wait out: one 429 per path, then the thread.
      case 'cthr_fault_429_once':
        return once(`${scope}:${threadId}`, () => rateLimited('1'));
      case 'cthr_fault_slow':
        await sleep(slowMs, undefined, { signal }).catch(() => undefined);
        if (signal.aborted) throw signal.reason;
        return undefined;
      case 'cthr_fault_hang':
        await untilAborted(signal);
        throw signal.reason;
      case 'cthr_fault_malformed':
        return rawResponse('{"id":"cthr_fault_malformed","object":"chat', 'application/json');
      case 'cthr_fault_notjson':
        return rawResponse('<html><body>Bad gateway</body></html>', 'text/html');
      case 'cthr_fault_badshape':
        return jsonResponse({ unexpected: true });
      case 'cthr_fault_items_500':
        return scope === 'items' ? serverError(500) : undefined;
      case 'cthr_fault_huge':
        return scope === 'items' ? hugeItemsPage() : undefined;
      case 'cthr_fault_gzip_bomb':
        return encodedResponse(await gzipBombBytes(), 'gzip');
      case 'cthr_fault_bad_gzip':
        return encodedResponse('{"id":"cthr_fault_bad_gzip"} is not gzip', 'gzip');
      case 'cthr_fault_reset':
        return resetMidBody(threadId);
      default:
        return undefined;
    }
  };
}
