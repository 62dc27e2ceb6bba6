import { describe, expect, it } from 'vitest';
import { liveHarness, read } from './app-test-harness';

const THREAD = 'http://localhost/api/threads/cthr_demo_refund_duplicate';

function noCorsHeaders(headers: Headers) {
  return [...headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('the API answers only same-origin browser requests', () => {
  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['our host on another port', { Origin: 'http://localhost:8080' }],
    ['our host over another scheme', { Origin: 'https://localhost' }],
    ['Origin: null (sandboxed frame)', { Origin: 'null' }],
    [
      'same-origin claim with a foreign Origin',
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'https://evil.example' },
    ],
  ])('%s → 403 forbidden_origin, nothing upstream', async (_label, headers) => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(THREAD, { headers }));
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ error: { code: 'forbidden_origin' } });
    expect(res.text).not.toContain('Refund');
    expect(noCorsHeaders(res.headers)).toEqual([]);
    expect(upstream).toEqual([]);
  });

  it.each([
    ['no Origin (curl, scripts)', {}],
    ['Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin' }],
    ['Sec-Fetch-Site: none (typed in the address bar)', { 'Sec-Fetch-Site': 'none' }],
    ['our own Origin', { Origin: 'http://localhost' }],
    [
      'our https Origin behind a TLS proxy',
      { Origin: 'https://localhost', 'X-Forwarded-Proto': 'https' },
    ],
  ])('%s → 200', async (_label, headers) => {
    const { app } = liveHarness();
    const res = await app.request(THREAD, { headers });
    expect(res.status).toBe(200);
    expect(noCorsHeaders(res.headers)).toEqual([]);
  });

  it('a CORS preflight is refused like any cross-site request, with no Access-Control-*', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(
      await app.request(THREAD, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
          'Sec-Fetch-Site': 'cross-site',
        },
      }),
    );
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ error: { code: 'forbidden_origin' } });
    expect(noCorsHeaders(res.headers)).toEqual([]);
    expect(upstream).toEqual([]);
  });

  it('health checks from anywhere still get no CORS headers', async () => {
    const { app } = liveHarness();
    const res = await app.request('http://localhost/api/health', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(noCorsHeaders(res.headers)).toEqual([]);
  });
});
