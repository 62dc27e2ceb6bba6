import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import {
  capturedLogs,
  expectNoKeyFragments,
  liveHarness,
  read,
  TEST_KEY,
} from './app-test-harness';

const REFUND = 'cthr_demo_refund_duplicate';

afterAll(() => expectNoKeyFragments(capturedLogs.lines.join('\n')));

describe('invalid thread IDs are rejected before any upstream call', () => {
  it.each([
    ['empty', '/api/threads/'],
    ['empty, items', '/api/threads//items'],
    ['no prefix', '/api/threads/abc'],
    ['prefix only', '/api/threads/cthr_'],
    ['dot segment', '/api/threads/cthr_../x'],
    ['encoded dot segment', `/api/threads/${encodeURIComponent('cthr_../x')}`],
    ['encoded slash', '/api/threads/cthr_%2F..'],
    ['over-long', `/api/threads/cthr_${'a'.repeat(129)}`],
    ['NUL', '/api/threads/cthr_a%00b'],
    ['space', '/api/threads/cthr_a%20b'],
    ['bad escape', '/api/threads/cthr_%E0%A4%A'],
    ['items of a bad ID', '/api/threads/abc/items'],
  ])('%s: %s', async (_label, path) => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(path));
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      error: {
        code: 'invalid_thread_id',
        message: 'Thread IDs start with cthr_ followed by 1–128 letters, digits, _ or -.',
      },
    });
    expect(upstream).toEqual([]);
  });
});

describe('bad query parameters are rejected before any upstream call', () => {
  it.each(['limit=0', 'limit=101', 'limit=abc', 'order=up', 'after=a%20b', 'before=../x'])(
    'rejects %s with 400 invalid_request and calls nothing upstream',
    async (query) => {
      const { app, upstream } = liveHarness();
      const res = await read(await app.request(`/api/threads/${REFUND}/items?${query}`));
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ error: { code: 'invalid_request' } });
      expect(upstream).toEqual([]);
    },
  );

  it('rejects an over-long user filter before calling upstream', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(`/api/threads?user=${'u'.repeat(513)}`));
    expect(res.status).toBe(400);
    expect(upstream).toEqual([]);
  });
});

describe('the API is read-only and closed', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(`/api/threads/${REFUND}`, { method }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.json).toMatchObject({ error: { code: 'method_not_allowed' } });
    expect(upstream).toEqual([]);
  });

  it.each(['/api/nope', '/api', `/api/threads/${REFUND}/items/extra`])(
    '%s → 404 JSON',
    async (path) => {
      const { app, upstream } = liveHarness();
      const res = await read(await app.request(path));
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ error: { code: 'not_found' } });
      expect(upstream).toEqual([]);
    },
  );
});

describe('a bug in the server', () => {
  it('answers 500 internal_error and logs stack frames, never the message', async () => {
    const boom = () => Promise.reject(new Error(`boom ${TEST_KEY}\nsecond line ${TEST_KEY}`));
    const threads = { getThread: boom, listItems: boom, listThreads: boom };
    const app = createApp({ threads, mode: 'demo', logger: capturedLogs.logger });
    const res = await read(await app.request('/api/threads/cthr_demo_refund_duplicate'));
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ error: { code: 'internal_error' } });
    expectNoKeyFragments(res.text);
    const line = capturedLogs.lines.find((l) => l.includes('internal_error')) ?? '';
    expect(line).toContain('"stack":"');
    expect(line).toContain('at ');
  });
});
