import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/client/testing/render-with-providers';
import { apiGet, ApiClientError } from '@/client/lib/api-client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('apiGet when the session is gone', () => {
  it('sends the browser to sign in, then back to this page', async () => {
    window.history.replaceState(null, '', '/threads/cthr_x?tab=items');
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    stubApi(() => ({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'Sign in to Threadline first.' } },
    }));
    await expect(apiGet('/api/threads/cthr_x')).rejects.toBeInstanceOf(ApiClientError);
    expect(assign).toHaveBeenCalledWith('/sign-in?next=%2Fthreads%2Fcthr_x%3Ftab%3Ditems');
  });

  it('stays put for any other error', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    stubApi(() => ({
      status: 404,
      body: { error: { code: 'thread_not_found', message: 'No thread.' } },
    }));
    await expect(apiGet('/api/threads/cthr_x')).rejects.toMatchObject({ code: 'thread_not_found' });
    expect(assign).not.toHaveBeenCalled();
  });
});
