import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '@/shared/api-contract';
import { CURSOR_PATTERN } from '@/shared/thread-id';
import type { StandInRequest } from './demo/stand-in-api';
import { expectNoKeyFragments, liveHarness } from './app-test-harness';
import { isApiPath } from './http/api-path';

const CASES = 3500;
const SEED = 20261125;
const CONCURRENCY = 64;

/** mulberry32: small, fast and deterministic, so a failure replays from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

type Rng = ReturnType<typeof random>;

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const KNOWN_IDS = [
  'cthr_demo_refund_duplicate',
  'cthr_demo_long_history',
  'cthr_demo_doc_example',
  'cthr_demo_hostile',
  'cthr_missing01',
];
const FAULT_IDS = [
  'cthr_fault_401',
  'cthr_fault_403',
  'cthr_fault_429',
  'cthr_fault_429_once',
  'cthr_fault_500',
  'cthr_fault_503',
  'cthr_fault_flaky',
  'cthr_fault_slow',
  'cthr_fault_hang',
  'cthr_fault_malformed',
  'cthr_fault_notjson',
  'cthr_fault_badshape',
  'cthr_fault_items_500',
];
const NASTY = [
  '',
  '.',
  '..',
  '%2e',
  '%2E%2E',
  '%2F',
  '%2f..%2f',
  'cthr_%2F..',
  'cthr_..%2Fx',
  'cthr_a%00b',
  '%00',
  '%20',
  'cthr_a%20b',
  'cthr_a b',
  '%',
  '%zz',
  'cthr_%E0%A4%A',
  'cthr_é',
  'ｃｔｈｒ_abc',
  'cthr_😀',
  '\\',
  'cthr_a;b',
  'cthr_a\tb',
  'cthr_a%0Ab',
  'items',
  'cthr_',
  'CTHR_ABC',
  '~',
  'cthr_a%252F',
];

function randomId(rng: Rng, length: number): string {
  let id = 'cthr_';
  for (let i = 0; i < length; i += 1) id += ID_CHARS.charAt(rng.int(ID_CHARS.length));
  return id;
}

function randomBytes(rng: Rng): string {
  let out = '';
  const length = 1 + rng.int(12);
  for (let i = 0; i < length; i += 1) {
    const byte = rng.int(256);
    out += rng.next() < 0.5 ? `%${byte.toString(16).padStart(2, '0')}` : String.fromCharCode(byte);
  }
  return out;
}

function segment(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.25) return rng.pick(KNOWN_IDS);
  if (roll < 0.33) return rng.pick(FAULT_IDS);
  if (roll < 0.45) return randomId(rng, 1 + rng.int(rng.next() < 0.1 ? 200 : 40));
  if (roll < 0.75) return rng.pick(NASTY);
  if (roll < 0.9) return randomBytes(rng);
  return 'x'.repeat(rng.pick([129, 600, 5000, 20000]));
}

function path(rng: Rng): string {
  const prefix = rng.pick([
    '/api/threads',
    '/api/threads',
    '/api/threads',
    '/api//threads',
    '/api/./threads',
    '/api/threads/.',
    '/API/threads',
    '/api/%74hreads',
    '/api',
    '/api/health',
    '/api/mode',
  ]);
  let out = prefix;
  const depth = rng.pick([0, 1, 1, 1, 1, 2, 2, 2, 3]);
  for (let i = 0; i < depth; i += 1) {
    out += `/${i === 1 && rng.next() < 0.6 ? rng.pick(['items', 'items/', 'items/x', '..']) : segment(rng)}`;
  }
  return out;
}

const QUERY_VALUES = [
  'asc',
  'desc',
  'ASC',
  '1',
  '100',
  '0',
  '101',
  '-1',
  '1e2',
  '10.5',
  '',
  'cthi_01',
  'cthi_refund_01',
  '../x',
  '%2F',
  '%00',
  'a%20b',
  'é',
  'null',
  'x'.repeat(513),
];

function query(rng: Rng): string {
  const count = rng.int(7);
  const params: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const key = rng.pick(['after', 'before', 'limit', 'order', 'user', 'api_key', 'path', 'x']);
    const value = rng.next() < 0.8 ? rng.pick(QUERY_VALUES) : randomBytes(rng);
    params.push(rng.next() < 0.1 ? key : `${key}=${value}`);
  }
  if (params.length === 0) return rng.next() < 0.1 ? '?' : '';
  return `?${params.join(rng.next() < 0.9 ? '&' : ';')}`;
}

function method(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.85) return 'GET';
  if (roll < 0.93) return 'HEAD';
  return rng.pick(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']);
}

const UPSTREAM_PATH = /^\/v1\/chatkit\/threads(?:\/(cthr_[A-Za-z0-9_-]{1,128})(\/items)?)?$/;

/** The only upstream requests this server may make: three GET paths, known parameters only. */
function upstreamProblem(request: StandInRequest): string | undefined {
  const match = UPSTREAM_PATH.exec(request.path);
  if (request.method !== 'GET') return `method ${request.method}`;
  if (!match) return `path ${request.path}`;
  const isList = match[1] === undefined;
  const isItems = match[2] !== undefined;
  const allowed = isList
    ? ['after', 'before', 'limit', 'order', 'user']
    : isItems
      ? ['after', 'before', 'limit', 'order']
      : [];
  for (const [key, value] of Object.entries(request.query)) {
    if (!allowed.includes(key)) return `query key ${key} on ${request.path}`;
    if (key === 'limit' && !/^(?:[1-9]\d?|100)$/.test(value)) return `limit ${value}`;
    if (key === 'order' && value !== 'asc' && value !== 'desc') return `order ${value}`;
    if ((key === 'after' || key === 'before') && !CURSOR_PATTERN.test(value)) return key;
    if (key === 'user' && (value.length < 1 || value.length > 512)) return 'user length';
  }
  return undefined;
}

const UPSTREAM_CODES: Record<number, readonly string[]> = {
  502: ['upstream_auth_failed', 'upstream_unavailable', 'upstream_bad_response'],
  504: ['upstream_timeout'],
};

/** What is wrong with one response, or undefined. */
async function responseProblem(request: Request, response: Response): Promise<string | undefined> {
  const { status } = response;
  const text = await response.text();
  expectNoKeyFragments(text);
  if (status >= 500 && !(status in UPSTREAM_CODES)) return `status ${status}`;
  if (!isApiPath(new URL(request.url).pathname)) {
    return status === 404 ? undefined : `non-API path answered ${status}`;
  }
  if (response.headers.get('cache-control') !== 'no-store') return 'cacheable API answer';
  if (!/^application\/json/.test(response.headers.get('content-type') ?? '')) {
    return `content-type ${response.headers.get('content-type') ?? 'none'}`;
  }
  if (request.method === 'HEAD') return text === '' ? undefined : 'HEAD with a body';
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  if (status >= 200 && status < 300) return undefined;
  const code = body.error?.code;
  if (typeof code !== 'string' || !(API_ERROR_CODES as readonly string[]).includes(code)) {
    return `error code ${String(code)}`;
  }
  if (typeof body.error?.message !== 'string') return 'error without a message';
  const expected = UPSTREAM_CODES[status];
  if (expected && !expected.includes(code)) return `${status} with code ${code}`;
  return undefined;
}

function buildRequests(): Request[] {
  const rng = random(SEED);
  const requests: Request[] = [];
  while (requests.length < CASES) {
    const url = `http://localhost${path(rng)}${query(rng)}`;
    try {
      requests.push(new Request(url, { method: method(rng) }));
    } catch {
      // Not a URL any client could send; the server never sees it.
    }
  }
  return requests;
}

describe('fuzzing the API with generated paths and query strings', () => {
  it(`${CASES} requests: only our JSON answers, no unmapped 5xx, nothing odd upstream`, async () => {
    const { app, upstream } = liveHarness({ slowMs: 20 });
    const requests = buildRequests();
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next] as Request;
        next += 1;
        const response = await app.request(request.clone());
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const problem = await responseProblem(request, response);
        if (problem) problems.push(`${request.method} ${request.url.slice(0, 200)}: ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(problems.slice(0, 20)).toEqual([]);
    const upstreamProblems = upstream.map(upstreamProblem).filter(Boolean);
    expect(upstreamProblems.slice(0, 20)).toEqual([]);
    // The generator must reach every interesting outcome, or it proves little.
    for (const status of [200, 400, 404, 405, 429, 502, 504]) {
      expect(statuses.get(status) ?? 0, `responses with status ${status}`).toBeGreaterThan(0);
    }
    expect(upstream.length).toBeGreaterThan(50);
  }, 30_000);
});
