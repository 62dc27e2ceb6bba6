import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { makeThreadDetail } from '@/client/testing/item-factories';
import { ThreadView } from './thread-view';

const realFetch = globalThis.fetch;
afterEach(() => {
  vi.useRealTimers();
  globalThis.fetch = realFetch;
});

const thread = makeThreadDetail({ id: 'cthr_view', title: 'Refund question', user: null });
const emptyPage = { object: 'list', data: [], first_id: null, last_id: null, has_more: false };
/** The thread itself (not its items, review or the agent's name). */
const isThreadLoad = (url: URL) => url.pathname === '/api/threads/cthr_view';

function limited(code: 'rate_limited' | 'upstream_rate_limited') {
  return {
    status: 429,
    headers: { 'Retry-After': '1' },
    body: { error: { code, message: 'Slow down.', retryAfterSeconds: 1 } },
  };
}

describe('rate-limited thread loads', () => {
  it("says Threadline's own limit applies, counts down and retries by itself", async () => {
    let calls = 0;
    const api = stubApi((url) => {
      if (!isThreadLoad(url)) return { body: emptyPage };
      calls += 1;
      return calls === 1 ? limited('rate_limited') : { body: thread };
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("You're opening threads faster than this server allows.");
    expect(alert.textContent).toMatch(/Retrying automatically in 1 s/);
    expect(alert.textContent).not.toContain('OpenAI');
    expect(
      await screen.findByRole('heading', { name: 'Refund question' }, { timeout: 3000 }),
    ).toBeTruthy();
    expect(api.requests.filter(isThreadLoad)).toHaveLength(2);
  });

  it("blames OpenAI's limit when it is OpenAI's", async () => {
    stubApi(() => limited('upstream_rate_limited'));
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByRole('heading', { name: 'Rate limited by OpenAI' })).toBeTruthy();
  });

  it('waits the full countdown again when the retry is limited too (no retry storm)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const api = stubApi(() => limited('rate_limited'));
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    const threadLoads = () => api.requests.filter(isThreadLoad).length;
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByRole('alert').textContent).toMatch(/Retrying automatically in 1 s/);
    expect(threadLoads()).toBe(1);

    // One retry per one-second countdown, each limited again: never a burst.
    for (const expected of [2, 3]) {
      await act(() => vi.advanceTimersByTimeAsync(900));
      expect(threadLoads()).toBe(expected - 1);
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(threadLoads()).toBe(expected);
      expect(screen.getByRole('alert').textContent).toMatch(/Retrying automatically in [01] s/);
    }
  });
});
