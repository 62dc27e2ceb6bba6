import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { UserThreads } from './user-threads';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const thread = (id: string, title: string, type: string) => ({
  id,
  object: 'chatkit.thread',
  created_at: 1760531245,
  title,
  status: { type },
  user: 'maria@example.com',
});

describe('UserThreads', () => {
  it("lists the user's other threads, not this one", async () => {
    const api = stubApi(() => ({
      body: {
        object: 'list',
        data: [thread('cthr_a', 'Refund', 'locked'), thread('cthr_b', 'Password reset', 'closed')],
        first_id: 'cthr_a',
        last_id: 'cthr_b',
        has_more: false,
      },
    }));
    renderWithProviders(<UserThreads threadId="cthr_a" user="maria@example.com" />);
    const other = await screen.findByRole('link', { name: 'Password reset' });
    expect(other.getAttribute('href')).toBe('/threads/cthr_b');
    expect(screen.queryByRole('link', { name: /Refund/ })).toBeNull();
    expect(screen.queryByText('Refund')).toBeNull();
    expect(screen.getByText('Closed')).toBeTruthy();
    expect(api.requests[0]?.searchParams.get('user')).toBe('maria@example.com');
  });

  it('renders nothing when this is the only thread by the user', async () => {
    const api = stubApi(() => ({
      body: {
        object: 'list',
        data: [thread('cthr_a', 'Refund', 'locked')],
        first_id: 'cthr_a',
        last_id: 'cthr_a',
        has_more: false,
      },
    }));
    const { container, queryClient } = renderWithProviders(
      <UserThreads threadId="cthr_a" user="maria@example.com" />,
    );
    await vi.waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
      expect(api.requests).toHaveLength(1);
    });
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('is hidden when the thread has no user', () => {
    const api = stubApi(() => 'hang');
    const { container } = renderWithProviders(<UserThreads threadId="cthr_a" user={undefined} />);
    expect(container.textContent).toBe('');
    expect(api.requests).toEqual([]);
  });
});
