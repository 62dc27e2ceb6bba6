import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { makeThreadDetail } from '@/client/testing/item-factories';
import { narrowNav } from '@/client/testing/list-helpers';
import { TriageView } from './triage-view';

const nav = narrowNav();

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const threads: Record<string, object> = {
  cthr_locked: makeThreadDetail({
    id: 'cthr_locked',
    created_at: 1760531245,
    title: 'Refund question',
    status: { type: 'locked', reason: 'Escalated to billing' },
    user: 'maria@example.com',
  }),
  cthr_closed: makeThreadDetail({
    id: 'cthr_closed',
    created_at: 1760531000,
    title: null,
    status: { type: 'closed', reason: null },
    user: 'kenji@example.jp',
  }),
};

const notFound = {
  status: 404,
  body: { error: { code: 'thread_not_found', message: 'No such thread.' } },
};

describe('TriageView', () => {
  it('loads valid IDs in parallel and flags the rest per row', async () => {
    const long = `cthr_${'x'.repeat(130)}`;
    const api = stubApi((url) => {
      const id = url.pathname.split('/').pop() ?? '';
      const thread = threads[id];
      return thread ? { body: thread } : notFound;
    });
    const { queryClient } = renderWithProviders(
      <TriageView
        idsText={`cthr_locked,cthr_missing,${long},cthr_closed,cthr_locked`}
        onIdsChange={() => undefined}
        nav={nav}
      />,
    );

    expect(
      await screen.findByText('4 threads: 1 locked, 1 closed, 1 not found, 1 invalid ID'),
    ).toBeTruthy();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(
      within(rows[0] as HTMLElement).getByRole('link', { name: 'Refund question' }),
    ).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Escalated to billing')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Not found')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Not a valid thread ID')).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText('Untitled thread')).toBeTruthy();

    // One request per valid, distinct ID; none for the malformed one.
    expect(api.requests.map((url) => url.pathname).sort()).toEqual([
      '/api/threads/cthr_closed',
      '/api/threads/cthr_locked',
      '/api/threads/cthr_missing',
    ]);
    // Cached under the thread page's own key.
    expect(queryClient.getQueryData(threadQueries.detail('cthr_locked').queryKey)).toEqual(
      threads.cthr_locked,
    );
  });

  it('offers a retry on a row that failed for another reason', async () => {
    let attempts = 0;
    stubApi(() => {
      attempts += 1;
      return attempts === 1
        ? { status: 504, body: { error: { code: 'upstream_timeout', message: 'Slow.' } } }
        : { body: threads.cthr_locked };
    });
    renderWithProviders(
      <TriageView idsText="cthr_locked cthr_locked" onIdsChange={() => undefined} nav={nav} />,
    );
    const retry = await screen.findByRole('button', { name: 'Retry cthr_locked' });
    retry.click();
    expect(await screen.findByRole('link', { name: 'Refund question' })).toBeTruthy();
  });

  it('caps the board at 50 rows with a note', () => {
    stubApi(() => 'hang');
    const text = Array.from({ length: 55 }, (_, i) => `cthr_${String(i)}`).join(' ');
    renderWithProviders(<TriageView idsText={text} onIdsChange={() => undefined} nav={nav} />);
    expect(screen.getByText(/Showing the first 50 of 55 IDs/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
  });

  it('puts locked threads first when asked, and remembers the choice', async () => {
    stubApi((url) => {
      const id = url.pathname.split('/').pop() ?? '';
      const thread = threads[id];
      return thread ? { body: thread } : notFound;
    });
    const { unmount } = renderWithProviders(
      <TriageView idsText="cthr_closed cthr_locked" onIdsChange={() => undefined} nav={nav} />,
    );
    await screen.findByText('2 threads: 1 locked, 1 closed');
    const titles = () => screen.getAllByRole('listitem').map((row) => row.textContent);
    expect(titles()[0]).toContain('Untitled thread');
    screen.getByRole('radio', { name: 'Locked first' }).click();
    await waitFor(() => expect(titles()[0]).toContain('Refund question'));
    unmount();
    renderWithProviders(
      <TriageView idsText="cthr_closed cthr_locked" onIdsChange={() => undefined} nav={nav} />,
    );
    expect(screen.getByRole('radio', { name: 'Locked first' })).toHaveProperty('checked', true);
  });
});
