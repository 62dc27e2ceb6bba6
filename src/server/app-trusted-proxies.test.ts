import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN, fromAddress, signIn } from './access-test-harness';
import { capturedLogs, liveHarness } from './app-test-harness';
import { clientAddressResolver } from './http/client-address';

const REFUND = '/api/threads/cthr_demo_refund_duplicate';
const PROXY = '127.0.0.1';
const STRANGER = '198.51.100.1';
const WRONG = 'tl-wrong-token-0123456789';

afterEach(() => vi.useRealTimers());
beforeEach(() => {
  capturedLogs.lines.length = 0;
});

/** THREADLINE_TRUSTED_PROXIES=127.0.0.1, as in the README's nginx recipe. */
const behindProxy = (options: Parameters<typeof liveHarness>[0] = {}) =>
  liveHarness({ ...options, clientAddress: clientAddressResolver([PROXY]) });

const get = (app: ReturnType<typeof liveHarness>['app'], peer: string, forwardedFor: string) =>
  app.request(REFUND, { headers: { 'X-Forwarded-For': forwardedFor } }, fromAddress(peer));

/** Statuses of `count` wrong sign-ins, letting held answers through in fake time. */
async function wrongSignIns(
  app: ReturnType<typeof liveHarness>['app'],
  count: number,
  peer: string,
  forwardedFor: (i: number) => string,
) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const headers = { 'X-Forwarded-For': forwardedFor(i) };
    const pending = signIn(app, { token: WRONG, address: peer, headers });
    await vi.advanceTimersByTimeAsync(5_000);
    statuses.push((await pending).status);
  }
  return statuses;
}

describe('THREADLINE_TRUSTED_PROXIES: the client behind a trusted proxy', () => {
  it('gets its own sign-in throttle, keyed by X-Forwarded-For', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = behindProxy({ access: { accessToken: ACCESS_TOKEN } });
    const first = await wrongSignIns(app, 6, PROXY, () => '203.0.113.1');
    expect(first).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await wrongSignIns(app, 1, PROXY, () => '203.0.113.2')).toEqual([401]);
  });

  it('gets its own rate-limit bucket', async () => {
    const { app } = behindProxy({ rateLimitPerMinute: 2 });
    const statuses = async (forwardedFor: string) => {
      const out = [];
      for (let i = 0; i < 3; i += 1) out.push((await get(app, PROXY, forwardedFor)).status);
      return out;
    };
    expect(await statuses('203.0.113.1')).toEqual([200, 200, 429]);
    expect(await statuses('198.51.100.9, 203.0.113.2')).toEqual([200, 200, 429]);
  });

  it('is the client address in the audit line', async () => {
    const { app } = behindProxy();
    await get(app, PROXY, '198.51.100.9, 203.0.113.1');
    await get(app, `::ffff:${PROXY}`, '203.0.113.2');
    const lines = capturedLogs.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line['event'] === 'thread_viewed');
    expect(lines.map((line) => line['clientAddress'])).toEqual(['203.0.113.1', '203.0.113.2']);
  });
});

describe('X-Forwarded-For from anyone else is ignored', () => {
  it('by the sign-in throttle: rotating it does not buy more attempts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = behindProxy({ access: { accessToken: ACCESS_TOKEN } });
    const statuses = await wrongSignIns(app, 6, STRANGER, (i) => `203.0.113.${i}`);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('by the rate limit and the audit log', async () => {
    const { app } = behindProxy({ rateLimitPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await get(app, STRANGER, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const audited = capturedLogs.lines.filter((line) => line.includes('"thread_viewed"'));
    expect(audited.every((line) => line.includes(`"clientAddress":"${STRANGER}"`))).toBe(true);
  });

  it('entirely when THREADLINE_TRUSTED_PROXIES is unset, even from loopback', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = liveHarness({ access: { accessToken: ACCESS_TOKEN } });
    const statuses = await wrongSignIns(app, 6, PROXY, (i) => `203.0.113.${i}`);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
