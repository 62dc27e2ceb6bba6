import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/client/app/query-client';
import { itemsAnswer, makeThreadDetail, makeUserMessage } from '@/client/testing/item-factories';
import { stubApi } from '@/client/testing/render-with-providers';
import type { ThreadItem } from '@/shared/api-contract';
import { LIVE_POLL_MS } from '@/client/entities/thread/api/thread-queries';
import { useThreadTranscript } from './use-thread-transcript';

const realFetch = globalThis.fetch;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  globalThis.fetch = realFetch;
});

function thread(type: 'active' | 'locked') {
  const status = type === 'active' ? { type } : { type, reason: null };
  return makeThreadDetail({
    id: 'cthr_live',
    created_at: 1795101000,
    title: 'Live',
    status,
    user: 'u',
  });
}

function setup(status: { type: 'active' | 'locked' }) {
  const stored: ThreadItem[] = [
    makeUserMessage({ id: 'cthi_a' }),
    makeUserMessage({ id: 'cthi_b' }),
  ];
  const api = stubApi((url) => {
    if (url.pathname === '/api/threads/cthr_live') return { body: thread(status.type) };
    return itemsAnswer(stored, url);
  });
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useThreadTranscript('cthr_live'), { wrapper });
  return { api, stored, hook };
}

describe('live polling', () => {
  it('appends new items of an active thread from the tail, keeping loaded entries identical', async () => {
    const status = { type: 'active' as const };
    const { api, stored, hook } = setup(status);
    await waitFor(() => expect(hook.result.current.progress.complete).toBe(true));
    expect(hook.result.current.live.polling).toBe(true);
    const [first, second] = hook.result.current.entries ?? [];

    stored.push(makeUserMessage({ id: 'cthi_c' }), makeUserMessage({ id: 'cthi_d' }));
    await act(() => vi.advanceTimersByTimeAsync(LIVE_POLL_MS));
    await waitFor(() => expect(hook.result.current.entries).toHaveLength(4));

    const entries = hook.result.current.entries ?? [];
    expect(entries[0]).toBe(first);
    expect(entries[1]).toBe(second);
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_a', 'cthi_b', 'cthi_c', 'cthi_d']);
    expect(hook.result.current.live.announcement).toBe('2 new items');
    const itemRequests = api.requests.filter((url) => url.pathname.endsWith('/items'));
    expect(itemRequests.map((url) => url.searchParams.get('after'))).toEqual([null, 'cthi_b']);
    expect(api.requests.filter((url) => url.pathname === '/api/threads/cthr_live')).toHaveLength(2);
  });

  it('stops when a re-read shows the thread locked, after one last read of the tail', async () => {
    const status: { type: 'active' | 'locked' } = { type: 'active' };
    const { api, stored, hook } = setup(status);
    await waitFor(() => expect(hook.result.current.progress.complete).toBe(true));

    status.type = 'locked';
    stored.push(makeUserMessage({ id: 'cthi_closing' }));
    await act(() => vi.advanceTimersByTimeAsync(LIVE_POLL_MS));
    await waitFor(() => expect(hook.result.current.live.polling).toBe(false));
    await waitFor(() => expect(hook.result.current.entries).toHaveLength(3));

    const before = api.requests.length;
    await act(() => vi.advanceTimersByTimeAsync(LIVE_POLL_MS * 4));
    expect(api.requests.length).toBe(before);
  });

  it('never polls a locked thread', async () => {
    const { api, hook } = setup({ type: 'locked' });
    await waitFor(() => expect(hook.result.current.progress.complete).toBe(true));
    expect(hook.result.current.live.polling).toBe(false);
    const before = api.requests.length;
    await act(() => vi.advanceTimersByTimeAsync(LIVE_POLL_MS * 2));
    expect(api.requests.length).toBe(before);
  });
});
