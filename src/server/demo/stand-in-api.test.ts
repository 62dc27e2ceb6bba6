import OpenAI, {
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { describe, expect, it } from 'vitest';
import { sampleThreads, type SampleThread } from './sample-threads';
import { createStandInApi, type StandInOptions, type StandInRequest } from './stand-in-api';

const REQUIRED_IDS = [
  'cthr_demo_refund_duplicate',
  'cthr_demo_closed_resolved',
  'cthr_demo_closed_noreason',
  'cthr_demo_locked_noreason',
  'cthr_demo_active_untitled',
  'cthr_demo_attachments',
  'cthr_demo_long_history',
  'cthr_demo_doc_example',
  'cthr_demo_inline_only',
  'cthr_demo_hostile',
  'cthr_demo_tool_running',
  'cthr_demo_future_status',
  'cthr_demo_huge_escalation',
  'cthr_demo_short_escalation',
];

const KEY = 'sk-test-right-key-0000';

function setup(options: StandInOptions = {}, clientKey = KEY, timeout?: number) {
  const requests: StandInRequest[] = [];
  const headers: Headers[] = [];
  const app = createStandInApi({ onRequest: (request) => requests.push(request), ...options });
  const client = new OpenAI({
    apiKey: clientKey,
    baseURL: 'http://stand-in.test/v1',
    maxRetries: 0,
    ...(timeout === undefined ? {} : { timeout }),
    fetch: async (url, init) => {
      const request = new Request(url, init);
      headers.push(request.headers);
      return app.fetch(request);
    },
  });
  return { app, requests, headers, threads: client.beta.chatkit.threads };
}

function sample(id: string): SampleThread {
  const found = sampleThreads.find((s) => s.thread.id === id);
  if (!found) throw new Error(`missing sample ${id}`);
  return found;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function itemIds(id: string): string[] {
  return sample(id).items.map((item) => String(field(item, 'id')));
}

describe('sample threads', () => {
  it('contains every required thread, newest first, the undated one last', () => {
    const ids = sampleThreads.map((s) => s.thread.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
    const times = sampleThreads.map((s) => field(s.thread, 'created_at'));
    const dated = times.filter((t): t is number => typeof t === 'number');
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(ids.at(-1)).toBe('cthr_demo_doc_example');
  });

  it('gives each item a unique id within its thread; only one odd item has none', () => {
    const missing: string[] = [];
    for (const { thread, items } of sampleThreads) {
      const ids = items.map((item) => field(item, 'id'));
      const present = ids.filter((id): id is string => typeof id === 'string');
      if (present.length !== ids.length) missing.push(String(thread.id));
      expect(new Set(present).size, String(thread.id)).toBe(present.length);
    }
    expect(missing).toEqual(['cthr_demo_future_status']);
  });

  it('covers all six item types in the refund thread', () => {
    const types = new Set(sample('cthr_demo_refund_duplicate').items.map((i) => field(i, 'type')));
    expect([...types].sort()).toEqual([
      'chatkit.assistant_message',
      'chatkit.client_tool_call',
      'chatkit.task',
      'chatkit.task_group',
      'chatkit.user_message',
      'chatkit.widget',
    ]);
  });

  it('generates a long, ordered history that starts with the user and ends with the agent', () => {
    const { items } = sample('cthr_demo_long_history');
    expect(items.length).toBeGreaterThanOrEqual(640);
    expect(itemIds('cthr_demo_long_history').slice(0, 2)).toEqual([
      'cthi_long_0001',
      'cthi_long_0002',
    ]);
    const times = items.map((i) => Number(field(i, 'created_at')));
    const gaps = times.slice(1).map((t, index) => t - (times[index] ?? t));
    expect(Math.min(...gaps)).toBeGreaterThan(0);
    expect(gaps.filter((gap) => gap > 30 * 60).length).toBeGreaterThan(5);
    expect(field(items[0], 'type')).toBe('chatkit.user_message');
    expect(field(items.at(-1), 'type')).toBe('chatkit.assistant_message');
  });

  it('generates a 10,000-item escalation and a 10-item one from the same mix of every kind', () => {
    const kinds = (id: string) => new Set(sample(id).items.map((i) => field(i, 'type')));
    const huge = sample('cthr_demo_huge_escalation').items;
    expect(huge).toHaveLength(10_000);
    expect(sample('cthr_demo_short_escalation').items).toHaveLength(10);
    expect([...kinds('cthr_demo_huge_escalation')].sort()).toEqual([
      'chatkit.assistant_message',
      'chatkit.client_tool_call',
      'chatkit.task',
      'chatkit.task_group',
      'chatkit.user_message',
      'chatkit.widget',
    ]);
    const content = huge.flatMap((i) => (field(i, 'content') as unknown[] | undefined) ?? []);
    expect(content.some((part) => field(part, 'type') === 'quoted_text')).toBe(true);
    const attachments = (i: unknown) => (field(i, 'attachments') as unknown[] | undefined) ?? [];
    expect(huge.some((i) => attachments(i).length > 0)).toBe(true);
    const times = huge.map((i) => Number(field(i, 'created_at')));
    expect(times.every((t, index) => index === 0 || t >= (times[index - 1] ?? t))).toBe(true);
    expect(JSON.stringify(huge.at(-1))).toContain('ledger reconciled for every store');
    expect(itemIds('cthr_demo_huge_escalation').slice(0, 7)).toEqual(
      itemIds('cthr_demo_short_escalation')
        .slice(0, 7)
        .map((id) => id.replace('short', 'huge')),
    );
  });

  it('keeps a few threads per user at most, with two for maria.gomez@example.com', () => {
    // The reference-shaped threads have no user at all.
    const users = sampleThreads.map((s) => s.thread.user).filter((u) => u !== undefined);
    expect(users.filter((u) => u === 'maria.gomez@example.com')).toHaveLength(2);
    expect(new Set(users).size).toBe(users.length - 1);
  });
  it('dates every thread and item in October and November 2026, in unix seconds', () => {
    const from = Date.UTC(2026, 9, 1) / 1000;
    const to = Date.UTC(2026, 11, 1) / 1000;
    const stamps = sampleThreads.flatMap((s) =>
      [s.thread, ...s.items].map((x) => field(x, 'created_at')),
    );
    const numeric = stamps.filter((t): t is number => typeof t === 'number');
    expect(numeric.length).toBeGreaterThan(700);
    expect(numeric.every((t) => Number.isInteger(t) && t >= from && t < to)).toBe(true);
  });

  it('carries the hostile and odd shapes the viewer must survive', () => {
    const types = (id: string) => sample(id).items.map((i) => field(i, 'type'));
    expect(types('cthr_demo_hostile')).toEqual(
      expect.arrayContaining(['chatkit.generated_image', 'chatkit.end_of_turn']),
    );
    const longest = Math.max(
      ...sample('cthr_demo_hostile').items.map((i) => JSON.stringify(i).length),
    );
    expect(longest).toBeGreaterThan(20_000);
    const [first, , onlyAttachment] = sample('cthr_demo_attachments').items;
    const previews = (field(first, 'attachments') as unknown[]).map((a) =>
      String(field(a, 'preview_url')),
    );
    expect(previews.length).toBeGreaterThanOrEqual(12);
    for (const scheme of ['javascript:', 'data:', 'http:', 'https:', 'null']) {
      expect(
        previews.some((p) => p.startsWith(scheme)),
        scheme,
      ).toBe(true);
    }
    expect(field(onlyAttachment, 'content')).toEqual([]);
    const running = sample('cthr_demo_tool_running').items.find(
      (i) => field(i, 'status') === 'in_progress',
    );
    expect(field(running, 'output')).toBeNull();
    expect(() => {
      JSON.parse(String(field(running, 'arguments')));
    }).toThrow(SyntaxError);
    expect(field(sample('cthr_demo_future_status').thread, 'status')).toEqual({ type: 'archived' });
  });
});

describe('stand-in API through the openai SDK', () => {
  it('retrieves every required thread', async () => {
    const { threads } = setup();
    for (const id of REQUIRED_IDS) {
      const thread = await threads.retrieve(id);
      expect(thread).toEqual(sample(id).thread);
    }
  });

  it('serves the doc-shaped thread with inline, unprefixed items on both endpoints', async () => {
    const { threads } = setup();
    const thread = await threads.retrieve('cthr_demo_doc_example');
    expect(field(field(thread, 'items'), 'has_more')).toBe(false);
    const page = await threads.listItems('cthr_demo_doc_example', { order: 'asc' });
    expect(page.data.map((item) => item.type as string)).toEqual([
      'user_message',
      'assistant_message',
    ]);
  });

  it('serves a thread whose items exist only inline: /items answers an empty list', async () => {
    const { threads } = setup();
    const thread = await threads.retrieve('cthr_demo_inline_only');
    expect(field(field(thread, 'items'), 'data')).toHaveLength(2);
    const page = await threads.listItems('cthr_demo_inline_only', { order: 'asc' });
    expect(page.data).toEqual([]);
  });

  it('walks the long thread exactly once in order with after=last_id, and in reverse by default', async () => {
    const { threads, requests } = setup();
    const expected = itemIds('cthr_demo_long_history');
    const asc: string[] = [];
    for await (const item of threads.listItems('cthr_demo_long_history', {
      order: 'asc',
      limit: 100,
    })) {
      asc.push(item.id);
    }
    expect(asc).toEqual(expected);
    expect(requests).toHaveLength(Math.ceil(expected.length / 100));
    expect(requests[1]?.query).toEqual({ order: 'asc', limit: '100', after: 'cthi_long_0100' });

    const desc: string[] = [];
    for await (const item of threads.listItems('cthr_demo_long_history', { limit: 100 }))
      desc.push(item.id);
    expect(desc).toEqual([...expected].reverse());
  });

  it('pages through 10,000 items by cursor in both orders, newest first by default', async () => {
    const { threads } = setup();
    const id = 'cthr_demo_huge_escalation';
    const expected = itemIds(id);
    let requests = 0;
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await threads.listItems(id, { order, limit: 100, ...(after && { after }) });
        requests++;
        seen.push(...page.data.map((item) => item.id));
        if (!page.has_more) break;
        after = page.last_id;
      }
      expect(seen).toEqual(order === 'asc' ? expected : [...expected].reverse());
    }
    expect(requests).toBe(200);
    const newest = await threads.listItems(id, { limit: 3 });
    expect(newest.data.map((item) => item.id)).toEqual(expected.slice(-3).reverse());
    const before = await threads.listItems(id, { order: 'desc', before: expected[5], limit: 2 });
    expect(before.data.map((item) => item.id)).toEqual([expected[7], expected[6]]);
  });

  it('returns the entries just before a cursor, and an empty page before the first', async () => {
    const { threads } = setup();
    const page = await threads.listItems('cthr_demo_long_history', {
      order: 'asc',
      before: 'cthi_long_0050',
      limit: 10,
    });
    expect(page.data.map((i) => i.id)).toEqual(
      Array.from({ length: 10 }, (_, n) => `cthi_long_00${String(40 + n)}`),
    );
    expect(page.has_more).toBe(true);
    const body = await threads
      .listItems('cthr_demo_long_history', { order: 'asc', before: 'cthi_long_0001' })
      .asResponse()
      .then((r) => r.json() as Promise<unknown>);
    expect(body).toEqual({
      object: 'list',
      data: [],
      first_id: null,
      last_id: null,
      has_more: false,
    });
  });

  it('defaults to 20 newest items and enforces limit and order bounds', async () => {
    const { threads } = setup();
    const page = await threads.listItems('cthr_demo_long_history');
    expect(page.data.map((i) => i.id)).toEqual(
      itemIds('cthr_demo_long_history').slice(-20).reverse(),
    );
    expect((await threads.listItems('cthr_demo_long_history', { limit: 0 })).data).toEqual([]);
    expect((await threads.listItems('cthr_demo_long_history', { limit: 100 })).data).toHaveLength(
      100,
    );
    await expect(
      threads.listItems('cthr_demo_long_history', { limit: 101 }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const order = 'sideways' as 'asc';
    await expect(threads.listItems('cthr_demo_long_history', { order })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(
      threads.listItems('cthr_demo_long_history', { after: 'cthi_nope' }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('lists threads newest first without inline items, filtered by exact user', async () => {
    const { threads } = setup();
    const all = await threads.list({ limit: 100 });
    expect(all.data.map((t) => t.id)).toEqual(sampleThreads.map((s) => s.thread.id));
    expect(all.data.every((t) => !('items' in t))).toBe(true);
    const maria = await threads.list({ user: 'maria.gomez@example.com' });
    expect(maria.data.map((t) => t.id)).toEqual([
      'cthr_demo_refund_duplicate',
      'cthr_demo_closed_resolved',
    ]);
    expect((await threads.list({ user: 'MARIA.GOMEZ@example.com' })).data).toEqual([]);
    const second = await threads.list({ limit: 3, after: all.data[2]?.id ?? '' });
    expect(second.data.map((t) => t.id)).toEqual(all.data.slice(3, 6).map((t) => t.id));
  });

  it('takes latencyMs before every answer, when given', async () => {
    const { threads } = setup({ latencyMs: 120 });
    const started = performance.now();
    await threads.retrieve('cthr_demo_refund_duplicate');
    await threads.listItems('cthr_demo_refund_duplicate');
    await threads.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 115);
  });

  it('waits on a timer: concurrent calls overlap instead of queueing', async () => {
    const { threads } = setup({ latencyMs: 200 });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 5 }, () => threads.listItems('cthr_demo_refund_duplicate')),
    );
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(195);
    // Serialized, five calls would take 1,000 ms.
    expect(elapsed).toBeLessThan(600);
  });

  it('varies each call by up to latencyJitterMs either way', async () => {
    const { threads } = setup({ latencyMs: 100, latencyJitterMs: 50 });
    const times = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const started = performance.now();
        await threads.retrieve('cthr_demo_refund_duplicate');
        return performance.now() - started;
      }),
    );
    for (const ms of times) expect(ms).toBeGreaterThanOrEqual(45);
    expect(Math.min(...times)).toBeLessThan(Math.max(...times));
  });

  it('stops waiting as soon as the caller gives up', async () => {
    const { threads } = setup({ latencyMs: 10_000 }, KEY, 100);
    const started = performance.now();
    await expect(threads.retrieve('cthr_demo_refund_duplicate')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers an unknown thread with a 404 error envelope and a request id', async () => {
    const { threads } = setup();
    const error: unknown = await threads.retrieve('cthr_missing01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).error).toEqual({
      message: "No thread found with id 'cthr_missing01'.",
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    expect((error as NotFoundError).requestID).toMatch(/^req_\d+$/);
  });

  it('rejects a wrong key with a 401 that quotes part of the presented key', async () => {
    const { threads } = setup({ apiKey: KEY }, 'sk-wrong-key-abcd');
    const error: unknown = await threads.retrieve('cthr_demo_hostile').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toContain('sk-wro');
    expect((error as AuthenticationError).message).toContain('abcd');
    expect((error as AuthenticationError).code).toBe('invalid_api_key');
    await expect(
      setup({ apiKey: KEY }).threads.retrieve('cthr_demo_hostile'),
    ).resolves.toMatchObject({
      id: 'cthr_demo_hostile',
    });
  });

  it('sees the SDK paths, queries and beta header, and requires that header', async () => {
    const { app, threads, requests, headers } = setup();
    await threads.listItems('cthr_demo_refund_duplicate', { order: 'asc', limit: 5 });
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/v1/chatkit/threads/cthr_demo_refund_duplicate/items',
        query: { order: 'asc', limit: '5' },
      },
    ]);
    expect(headers[0]?.get('openai-beta')).toBe('chatkit_beta=v1');
    const bare = await app.request('/v1/chatkit/threads/cthr_demo_refund_duplicate');
    expect(bare.status).toBe(400);
    expect(bare.headers.get('content-type')).toBe('application/json');
  });

  it('refuses writes and unknown paths, and keeps the data', async () => {
    const { app, threads } = setup();
    const beta = { 'openai-beta': 'chatkit_beta=v1' };
    const del = await app.request('/v1/chatkit/threads/cthr_demo_hostile', {
      method: 'DELETE',
      headers: beta,
    });
    expect(del.status).toBe(405);
    const post = await app.request('/v1/chatkit/threads', {
      method: 'POST',
      headers: beta,
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect((await app.request('/v1/chatkit/sessions', { headers: beta })).status).toBe(404);
    await expect(threads.retrieve('cthr_demo_hostile')).resolves.toEqual(
      sample('cthr_demo_hostile').thread,
    );
  });
});

describe('fault injection', () => {
  const faulty = (slowMs = 1500, timeout?: number) =>
    setup({ apiKey: KEY, faults: true, slowMs }, KEY, timeout).threads;

  it.each([
    ['cthr_fault_401', AuthenticationError, 401],
    ['cthr_fault_403', PermissionDeniedError, 403],
    ['cthr_fault_429', RateLimitError, 429],
    ['cthr_fault_500', InternalServerError, 500],
    ['cthr_fault_503', InternalServerError, 503],
  ] as const)(
    '%s fails retrieve and items with the right SDK error',
    async (id, ErrorClass, status) => {
      const threads = faulty();
      for (const call of [() => threads.retrieve(id), () => threads.listItems(id)]) {
        const error: unknown = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ErrorClass);
        expect((error as InstanceType<typeof ErrorClass>).status).toBe(status);
      }
    },
  );

  it('quotes the presented key on the 401 fault and sends retry-after on the 429 fault', async () => {
    const threads = faulty();
    const auth = (await threads
      .retrieve('cthr_fault_401')
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(auth.message).toContain(KEY.slice(0, 6));
    expect(auth.message).toContain(KEY.slice(-4));
    const limited = (await threads
      .retrieve('cthr_fault_429')
      .catch((e: unknown) => e)) as RateLimitError;
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it('fails the first request per path when flaky, then succeeds', async () => {
    const threads = faulty();
    await expect(threads.retrieve('cthr_fault_flaky')).rejects.toBeInstanceOf(InternalServerError);
    await expect(threads.listItems('cthr_fault_flaky')).rejects.toBeInstanceOf(InternalServerError);
    await expect(threads.retrieve('cthr_fault_flaky')).resolves.toMatchObject({
      id: 'cthr_fault_flaky',
    });
    expect((await threads.listItems('cthr_fault_flaky')).data).toHaveLength(2);
  });

  it('answers slowly when slow, and times out when the client gives up first', async () => {
    const started = performance.now();
    await expect(faulty(80).retrieve('cthr_fault_slow')).resolves.toMatchObject({
      id: 'cthr_fault_slow',
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    await expect(faulty(60_000, 50).listItems('cthr_fault_slow')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
  });

  it('never answers when hanging, until the SDK times out', async () => {
    const started = performance.now();
    await expect(faulty(1500, 50).retrieve('cthr_fault_hang')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('returns bodies the SDK cannot trust: malformed JSON, HTML, a wrong shape', async () => {
    const threads = faulty();
    await expect(threads.retrieve('cthr_fault_malformed')).rejects.toBeInstanceOf(SyntaxError);
    await expect(threads.retrieve('cthr_fault_notjson')).resolves.toBe(
      '<html><body>Bad gateway</body></html>',
    );
    await expect(threads.retrieve('cthr_fault_badshape')).resolves.toEqual({ unexpected: true });
    const items = await threads.listItems('cthr_fault_badshape').asResponse();
    await expect(items.json()).resolves.toEqual({ unexpected: true });
  });

  it('retrieves the items_500 thread but fails its items', async () => {
    const threads = faulty();
    await expect(threads.retrieve('cthr_fault_items_500')).resolves.toMatchObject({
      status: { type: 'locked' },
    });
    await expect(threads.listItems('cthr_fault_items_500')).rejects.toBeInstanceOf(
      InternalServerError,
    );
  });

  it('applies faults to list threads through the user filter', async () => {
    const threads = faulty(10);
    await expect(threads.list({ user: 'fault_500' })).rejects.toBeInstanceOf(InternalServerError);
    const slow = await threads.list({ user: 'fault_slow' });
    expect(slow.data.map((t) => t.id)).toEqual(['cthr_fault_slow']);
  });

  it('serves no faults, and lists no fixtures, unless enabled', async () => {
    const { threads } = setup();
    await expect(threads.retrieve('cthr_fault_500')).rejects.toBeInstanceOf(NotFoundError);
    const listed = await setup({ faults: true }).threads.list({ limit: 100 });
    expect(listed.data.map((t) => t.id)).not.toContain('cthr_fault_slow');
  });
});
