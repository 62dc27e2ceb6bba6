import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { RECENT_KEY } from '../lib/recent-store';
import { RecentThreads } from './recent-threads';

afterEach(() => {
  window.localStorage.clear();
});

describe('RecentThreads', () => {
  it('lists stored threads, ignores bad entries and clears', async () => {
    window.localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([
        {
          id: 'cthr_a',
          title: 'Refund question',
          status: { type: 'locked', reason: 'Escalated' },
          viewedAt: Date.now() - 60_000,
        },
        { id: 'cthr_b', title: null, status: null, viewedAt: Date.now() - 120_000 },
        { id: 'not an id', title: 'x', status: null, viewedAt: 1 },
      ]),
    );
    renderWithProviders(<RecentThreads />);
    expect(screen.getByRole('link', { name: 'Refund question' }).getAttribute('href')).toBe(
      '/threads/cthr_a',
    );
    expect(screen.getByText('Untitled thread')).toBeTruthy();
    expect(screen.getByText('Locked')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);

    screen.getByRole('button', { name: 'Clear' }).click();
    expect(await screen.findByText(/Threads you open are listed here/)).toBeTruthy();
    expect(window.localStorage.getItem(RECENT_KEY)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Recently viewed' }));
  });

  it('survives foreign data', () => {
    window.localStorage.setItem(RECENT_KEY, '{oops');
    renderWithProviders(<RecentThreads />);
    expect(screen.getByText(/Threads you open are listed here/)).toBeTruthy();
  });
});
