import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { sampleThreads, type SampleThread } from './sample-threads';
import { createFaultInjector, faultFixtures, type FaultScope } from './stand-in-faults';
import {
  apiError,
  invalidKeyError,
  jsonResponse,
  missingBetaError,
  presentedKey,
} from './stand-in-responses';

export interface StandInRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

export interface StandInOptions {
  threads?: readonly SampleThread[];
  /** When set, `Authorization: Bearer <apiKey>` is required. */
  apiKey?: string;
  /** Enables the `cthr_fault_*` thread IDs; off by default. */
  faults?: boolean;
  /** Delay of the slow fault, in ms; default 1500. */
  slowMs?: number;
  /**
   * Test-only: how long every API call takes before it answers, in ms; default 0. Benchmarks
   * set the hosted API's order of magnitude (a few hundred ms) to measure what agents feel.
   */
  latencyMs?: number;
  /** Test-only: each call's latency varies by up to this much either way (never below 0), in ms. */
  latencyJitterMs?: number;
  /**
   * Compresses answers that ask for it, as the hosted API does. Only over a socket
   * (stand-in-server.ts): fetchVia hands Responses over as they are, and no fetch decodes them.
   */
  compress?: boolean;
  /** Sees every request received, so tests can assert what went upstream. */
  onRequest?: (request: StandInRequest) => void;
  /**
   * Test-only: adds `POST /__test/threads/:id/items`, which appends an item in memory so the
   * live-polling journey can watch one arrive. Only the standalone e2e server sets it; demo mode
   * stays read-only.
   */
  mutable?: boolean;
}

interface PageQuery {
  after?: string;
  before?: string;
  limit: number;
  order: 'asc' | 'desc';
}

const BASE = '/v1/chatkit/threads';

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

function createdAt(thread: Record<string, unknown>): number {
  return typeof thread.created_at === 'number' ? thread.created_at : 0;
}

/** Parses the shared list parameters, or returns the 400 the API would send. */
function parsePageQuery(query: Record<string, string>): PageQuery | Response {
  const { after, before, limit = '20', order = 'desc' } = query;
  if (!/^\d+$/.test(limit) || Number(limit) > 100) {
    const message = `Invalid 'limit': expected an integer between 0 and 100, got '${limit}'.`;
    return apiError(400, message, { param: 'limit' });
  }
  if (order !== 'asc' && order !== 'desc') {
    return apiError(400, `Invalid 'order': expected 'asc' or 'desc', got '${order}'.`, {
      param: 'order',
    });
  }
  return { after, before, limit: Number(limit), order };
}

interface Positions {
  length: number;
  byId: Map<string, number>;
}

// Where each id sits in an item list, so a page costs O(limit) however long the thread. A mutable
// stand-in only ever appends, so a grown list extends its map instead of rebuilding it.
const positions = new WeakMap<readonly unknown[], Positions>();

function positionsOf(list: readonly unknown[]): Map<string, number> {
  const cached = positions.get(list);
  if (cached?.length === list.length) return cached.byId;
  const byId = cached?.byId ?? new Map<string, number>();
  for (let index = cached?.length ?? 0; index < list.length; index++) {
    const id = idOf(list[index]);
    if (id !== undefined && !byId.has(id)) byId.set(id, index);
  }
  positions.set(list, { length: list.length, byId });
  return byId;
}

/**
 * Cursor pagination as the SDK drives it: `after` continues past a cursor in the current order
 * (the SDK always sends `after=last_id`), `before` returns the entries just ahead of one.
 * Positions are counted in the requested order without copying or reversing the list.
 */
function paginate(oldestFirst: readonly unknown[], page: PageQuery): Response {
  const total = oldestFirst.length;
  const at = (position: number) =>
    oldestFirst[page.order === 'asc' ? position : total - 1 - position];
  let start = 0;
  let end = total;
  for (const param of ['after', 'before'] as const) {
    const cursor = page[param];
    if (cursor === undefined) continue;
    const index = positionsOf(oldestFirst).get(cursor);
    if (index === undefined) {
      return apiError(400, `Invalid '${param}': no object with id '${cursor}' in this list.`, {
        param,
      });
    }
    const position = page.order === 'asc' ? index : total - 1 - index;
    if (param === 'after') start = Math.max(start, position + 1);
    else end = Math.min(end, position);
  }
  const available = Math.max(0, end - start);
  // With `before`, the page is the part of the range closest to the cursor.
  const from = page.before === undefined ? start : Math.max(start, end - page.limit);
  const count = Math.min(available, page.limit);
  const data = Array.from({ length: count }, (_, offset) => at(from + offset));
  return jsonResponse({
    object: 'list',
    data,
    first_id: idOf(data[0]) ?? null,
    last_id: idOf(data.at(-1)) ?? null,
    has_more: count < available,
  });
}

function withoutItems(thread: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(thread).filter(([key]) => key !== 'items'));
}

/**
 * An in-process stand-in for the hosted ChatKit threads API, answering exactly the requests the
 * `openai` SDK makes (baseURL `http://<host>/v1`). Read-only: every write method gets a 405
 * (the test-only `mutable` option adds one write route outside the API's paths).
 */
export function createStandInApi(options: StandInOptions = {}): Hono {
  // A mutable stand-in appends to copies, never to the shared sample arrays.
  const samples = (options.threads ?? sampleThreads).map((sample) =>
    options.mutable ? { thread: sample.thread, items: [...sample.items] } : sample,
  );
  // Oldest first, like items: `paginate` reverses for the default `desc`. Reversed before the
  // (stable) sort so that threads with equal times list newest-first in the samples' order.
  const listed = [...samples].reverse().sort((a, b) => createdAt(a.thread) - createdAt(b.thread));
  const fixtures = options.faults ? faultFixtures : [];
  const byId = new Map([...listed, ...fixtures].map((sample) => [idOf(sample.thread), sample]));
  const injectFault = options.faults ? createFaultInjector(options.slowMs ?? 1500) : undefined;
  let requestCount = 0;

  async function load(id: string, request: Request, scope: FaultScope) {
    const fault = await injectFault?.(id, request, scope);
    return fault ?? byId.get(id) ?? apiError(404, `No thread found with id '${id}'.`);
  }

  const app = new Hono();
  if (options.compress) app.use(compress());

  app.use(async (c, next) => {
    requestCount += 1;
    const requestId = `req_${String(requestCount)}`;
    options.onRequest?.({ method: c.req.method, path: c.req.path, query: c.req.query() });
    await next();
    c.res.headers.set('x-request-id', requestId);
  });

  const latencyMs = options.latencyMs ?? 0;
  const jitterMs = options.latencyJitterMs ?? 0;
  if (latencyMs > 0 || jitterMs > 0) {
    // A timer, not a busy wait: concurrent calls wait side by side, and a caller that gives up
    // (the SDK's timeout, a closed socket) ends the wait at once.
    app.use(`${BASE}/*`, async (c, next) => {
      const delay = Math.max(0, latencyMs + (Math.random() * 2 - 1) * jitterMs);
      await sleep(delay, undefined, { signal: c.req.raw.signal });
      await next();
    });
  }

  app.use(async (c, next) => {
    const key = presentedKey(c.req.raw);
    if (options.apiKey !== undefined && key !== options.apiKey) return invalidKeyError(key);
    return next();
  });

  app.use(`${BASE}/*`, async (c, next) => {
    const beta = c.req.header('openai-beta') ?? '';
    const ok = beta.split(',').some((value) => value.trim() === 'chatkit_beta=v1');
    return ok ? next() : missingBetaError();
  });

  app.get(BASE, async (c) => {
    const query = c.req.query();
    const { user } = query;
    if (user === '' || (user !== undefined && user.length > 512)) {
      return apiError(400, "Invalid 'user': expected a string of 1 to 512 characters.", {
        param: 'user',
      });
    }
    const fault = user?.startsWith('fault_')
      ? await injectFault?.(`cthr_${user}`, c.req.raw, 'list')
      : undefined;
    if (fault) return fault;
    const page = parsePageQuery(query);
    if (page instanceof Response) return page;
    const pool = user === undefined ? listed : [...listed, ...fixtures];
    const threads = pool.filter((sample) => user === undefined || sample.thread.user === user);
    return paginate(
      threads.map((sample) => withoutItems(sample.thread)),
      page,
    );
  });

  app.get(`${BASE}/:id`, async (c) => {
    const found = await load(c.req.param('id'), c.req.raw, 'retrieve');
    return found instanceof Response ? found : jsonResponse(found.thread);
  });

  app.get(`${BASE}/:id/items`, async (c) => {
    const found = await load(c.req.param('id'), c.req.raw, 'items');
    if (found instanceof Response) return found;
    const page = parsePageQuery(c.req.query());
    return page instanceof Response ? page : paginate(found.items, page);
  });

  if (options.mutable) {
    app.post('/__test/threads/:id/items', async (c) => {
      const sample = byId.get(c.req.param('id'));
      if (!sample || !listed.includes(sample)) return apiError(404, 'No such sample thread.');
      const item: unknown = await c.req.json().catch(() => undefined);
      const id = idOf(item);
      if (id === undefined) return apiError(400, 'Expected a JSON thread item with a string id.');
      if (sample.items.some((existing) => idOf(existing) === id)) {
        return apiError(409, `An item with id '${id}' already exists.`);
      }
      sample.items.push(item);
      return jsonResponse(item, 201);
    });
  }

  for (const path of [BASE, `${BASE}/:id`, `${BASE}/:id/items`]) {
    app.all(path, (c) => apiError(405, `Method ${c.req.method} is not allowed on ${c.req.path}.`));
  }

  app.notFound((c) => apiError(404, `Invalid URL (${c.req.method} ${c.req.path})`));

  // An aborted hang or slow fault rethrows, so an in-process fetch rejects like a real one.
  app.onError((error, c) => {
    if (c.req.raw.signal.aborted) throw error;
    return apiError(500, 'The stand-in API failed unexpectedly.', { type: 'server_error' });
  });

  return app;
}
