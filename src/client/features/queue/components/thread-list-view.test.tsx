import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeItemsPage, makeUserMessage } from '@/client/testing/item-factories';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { everythingOnScreen, narrowNav } from '@/client/testing/list-helpers';
import type { IndexState, IndexThreadsPage } from '@/shared/api-contract';
import type { ListParams } from '@/shared/list-params';
import { ThreadListView } from './thread-list-view';

const nav = narrowNav();

// The real fetch comes back in setup-tests.ts, after cleanup: restored any earlier, a row that
// starts reading its latest items between the two would reach for the network.

function indexPage(titles: string[], next: string | null = null): IndexThreadsPage {
  return {
    object: 'list',
    data: titles.map((title, i) => ({
      id: `cthr_${title.replace(/\W/g, '')}`,
      object: 'chatkit.thread',
      title,
      created_at: 1_795_529_100 - i,
      status: { type: 'locked', reason: 'Escalated to billing' },
      user: 'maria@example.com',
      first_seen_at: 1_795_529_100,
      last_seen_at: 1_795_529_100,
      status_changed_at: null,
    })),
    next,
    counts: { active: 12_000, locked: 431, closed: 7, unknown: 0 },
    index: { state: 'ready', threads: 12_438, updated_at: 1_795_529_131 },
  };
}

function View({ indexState, start }: { indexState: IndexState; start?: Partial<ListParams> }) {
  const [params, setParams] = useState<ListParams>({
    user: null,
    status: 'locked',
    q: null,
    sort: 'newest',
    ...start,
  });
  return (
    <ThreadListView params={params} onParamsChange={setParams} nav={nav} indexState={indexState} />
  );
}

const isIndex = (url: URL) => url.pathname === '/api/index/threads';

describe('ThreadListView on the thread index', () => {
  it('reads one page from the index with counts per status and the index’s freshness', async () => {
    const api = stubApi((url) =>
      isIndex(url)
        ? { body: indexPage(['Refund for duplicate charge']) }
        : { body: makeItemsPage([makeUserMessage()]) },
    );
    renderWithProviders(<View indexState="ready" />);
    expect(await screen.findByText('431 locked threads')).toBeTruthy();
    expect(screen.getByText(/^12,438 threads indexed · updated \d/)).toBeTruthy();
    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByRole('radio', { name: 'Locked 431' })).toBeTruthy();
    expect(within(status).getByRole('radio', { name: 'All 12,438' })).toBeTruthy();
    const asked = api.requests.filter(isIndex);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.searchParams.get('status')).toBe('locked');
    expect(api.requests.some((url) => url.pathname === '/api/threads')).toBe(false);
  });

  it('searches on the server as the agent types, once per pause', async () => {
    const api = stubApi((url) =>
      isIndex(url)
        ? { body: indexPage(url.searchParams.get('q') ? ['Refund A-1023'] : ['One', 'Two']) }
        : { body: makeItemsPage([makeUserMessage()]) },
    );
    renderWithProviders(<View indexState="ready" />);
    await screen.findByText('431 locked threads');
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search titles and users' }),
      'refund',
    );
    expect(await screen.findByText('Refund A-1023')).toBeTruthy();
    const searches = api.requests.filter((url) => isIndex(url) && url.searchParams.has('q'));
    expect(searches.map((url) => url.searchParams.get('q'))).toEqual(['refund']);
    expect(screen.getByRole('status').textContent).toBe('431 locked threads matching “refund”');
  });

  it('loads the next page by itself when the end of the list comes near, and stops at the last', async () => {
    everythingOnScreen();
    const api = stubApi((url) => {
      if (!isIndex(url)) return { body: makeItemsPage([makeUserMessage()]) };
      return url.searchParams.get('after') === 'page2'
        ? { body: indexPage(['Third', 'Fourth']) }
        : { body: indexPage(['First', 'Second'], 'page2') };
    });
    renderWithProviders(<View indexState="ready" />);
    expect(await screen.findByText('Fourth')).toBeTruthy();
    expect(screen.getByText('First')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(api.requests.filter(isIndex).map((url) => url.searchParams.get('after'))).toEqual([
      null,
      'page2',
    ]);
    vi.unstubAllGlobals();
  });

  it('falls back to scanning in the browser when the index answers that it is down', async () => {
    stubApi((url) => {
      if (isIndex(url))
        return {
          status: 503,
          body: { error: { code: 'index_unavailable', message: 'The index is down.' } },
        };
      if (url.pathname === '/api/threads')
        return {
          body: { object: 'list', data: [], first_id: null, last_id: null, has_more: false },
        };
      return { body: makeItemsPage([]) };
    });
    renderWithProviders(<View indexState="ready" />);
    expect(await screen.findByText(/thread index can’t be reached right now/)).toBeTruthy();
    expect(await screen.findByText('Scanned all 0 threads: 0 locked.')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('scans without asking the index at all when the server has it off', async () => {
    const api = stubApi((url) =>
      url.pathname === '/api/threads'
        ? { body: { object: 'list', data: [], first_id: null, last_id: null, has_more: false } }
        : { body: makeItemsPage([]) },
    );
    renderWithProviders(<View indexState="off" />);
    expect(await screen.findByText(/THREADLINE_INDEX=off/)).toBeTruthy();
    await screen.findByText('Scanned all 0 threads: 0 locked.');
    expect(api.requests.some(isIndex)).toBe(false);
  });
});
