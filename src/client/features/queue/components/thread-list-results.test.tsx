import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeListPage } from '@/client/testing/item-factories';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { ThreadListResults } from './thread-list-results';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** `total` threads, newest first; every `lockedEvery`-th one is locked. */
function listApi(total: number, lockedEvery: number) {
  const all = Array.from({ length: total }, (_, i) => ({
    id: `cthr_${String(i)}`,
    object: 'chatkit.thread',
    created_at: 1760531245 - i,
    title: `Thread ${String(i)}`,
    status: { type: i % lockedEvery === 0 ? 'locked' : 'active' },
    user: 'maria@example.com',
  }));
  return stubApi((url) => {
    const limit = Number(url.searchParams.get('limit'));
    const after = url.searchParams.get('after');
    const start = after ? all.findIndex((t) => t.id === after) + 1 : 0;
    const data = all.slice(start, start + limit);
    return { body: makeListPage(data, start + limit < all.length) };
  });
}

describe('ThreadListResults', () => {
  it('pages the unfiltered list with Load more', async () => {
    const api = listApi(15, 2);
    renderWithProviders(<ThreadListResults params={{ user: 'maria@example.com', status: null }} />);
    expect(await screen.findByText('10 threads shown')).toBeTruthy();
    expect(api.requests[0]?.searchParams.get('user')).toBe('maria@example.com');
    screen.getByRole('button', { name: 'Load more' }).click();
    expect(await screen.findByText('15 threads shown')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps scanning pages until 20 rows match, then stops', async () => {
    // 1 in 30 is locked: 100 per page gives 4 matches a page, so 5 pages reach 20.
    const api = listApi(1000, 30);
    renderWithProviders(<ThreadListResults params={{ user: null, status: 'locked' }} />);
    expect(
      await screen.findByText(/^Scanned 600 threads, 20 locked so far\. Load more/),
    ).toBeTruthy();
    await screen.findByRole('button', { name: 'Load more' });
    expect(api.requests).toHaveLength(6);
    expect(screen.getAllByText('Locked')).toHaveLength(20);
    expect(screen.queryByText('Active')).toBeNull();
  });

  it('stops at the end of the list and says so', async () => {
    listApi(130, 50);
    renderWithProviders(<ThreadListResults params={{ user: null, status: 'locked' }} />);
    expect(await screen.findByText('Scanned all 130 threads: 3 locked.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an empty state', async () => {
    listApi(5, 100);
    renderWithProviders(<ThreadListResults params={{ user: null, status: 'closed' }} />);
    expect(await screen.findByText('No closed threads.')).toBeTruthy();
  });
});
