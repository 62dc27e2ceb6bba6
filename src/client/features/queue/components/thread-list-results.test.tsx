import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeItemsPage, makeListPage, makeUserMessage } from '@/client/testing/item-factories';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { everythingOnScreen, narrowNav } from '@/client/testing/list-helpers';
import { ThreadListResults } from './thread-list-results';

const isItems = (url: URL) => url.pathname.endsWith('/items');

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
  const api = stubApi((url) => {
    if (isItems(url)) return { body: makeItemsPage([makeUserMessage()]) };
    const limit = Number(url.searchParams.get('limit'));
    const after = url.searchParams.get('after');
    const start = after ? all.findIndex((t) => t.id === after) + 1 : 0;
    const data = all.slice(start, start + limit);
    return { body: makeListPage(data, start + limit < all.length) };
  });
  return { lists: () => api.requests.filter((url) => !isItems(url)) };
}

describe('ThreadListResults', () => {
  it('pages the unfiltered list with Load more', async () => {
    const api = listApi(15, 2);
    renderWithProviders(
      <ThreadListResults
        params={{ user: 'maria@example.com', status: null, q: null, sort: 'newest' }}
        nav={narrowNav()}
      />,
    );
    expect(await screen.findByText('10 threads shown')).toBeTruthy();
    expect(api.lists()[0]?.searchParams.get('user')).toBe('maria@example.com');
    screen.getByRole('button', { name: 'Load more' }).click();
    expect(await screen.findByText('15 threads shown')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps scanning pages until 20 rows match, then stops', async () => {
    // 1 in 30 is locked: 100 per page gives 4 matches a page, so 5 pages reach 20.
    const api = listApi(1000, 30);
    renderWithProviders(
      <ThreadListResults
        params={{ user: null, status: 'locked', q: null, sort: 'newest' }}
        nav={narrowNav()}
      />,
    );
    expect(
      await screen.findByText(/^Scanned 600 threads, 20 locked so far\. Load more/),
    ).toBeTruthy();
    await screen.findByRole('button', { name: 'Load more' });
    expect(api.lists()).toHaveLength(6);
    expect(screen.getAllByText('Locked')).toHaveLength(20);
    expect(screen.queryByText('Active')).toBeNull();
  });

  it('stops at the end of the list and says so', async () => {
    listApi(130, 50);
    renderWithProviders(
      <ThreadListResults
        params={{ user: null, status: 'locked', q: null, sort: 'newest' }}
        nav={narrowNav()}
      />,
    );
    expect(await screen.findByText('Scanned all 130 threads: 3 locked.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an empty state', async () => {
    listApi(5, 100);
    renderWithProviders(
      <ThreadListResults
        params={{ user: null, status: 'closed', q: null, sort: 'newest' }}
        nav={narrowNav()}
      />,
    );
    expect(await screen.findByText('No closed threads.')).toBeTruthy();
  });
});

describe('queue rows', () => {
  // jsdom's observer never reports; this one reports every row as on screen at once.
  beforeEach(() => {
    everythingOnScreen();
  });
  afterEach(() => vi.unstubAllGlobals());

  const locked = (id: string, reason: string | null, title = id) => ({
    id,
    object: 'chatkit.thread',
    created_at: 1760531245,
    title,
    status: { type: 'locked', reason },
    user: 'maria@example.com',
  });

  function queueApi(items: Record<string, ReturnType<typeof makeItemsPage>>) {
    return stubApi((url) => {
      if (!isItems(url)) {
        return {
          body: makeListPage([locked('cthr_a', 'Escalated to billing'), locked('cthr_b', null)]),
        };
      }
      const id = url.pathname.split('/').at(-2) ?? '';
      return { body: items[id] ?? makeItemsPage([]) };
    });
  }

  it('says why a thread is locked, or that no reason was given, and the last customer message', async () => {
    const api = queueApi({
      cthr_a: makeItemsPage([
        makeUserMessage({
          created_at: 1760600000,
          content: [{ type: 'input_text', text: 'Where\n is my\u202E refund?' }],
        }),
      ]),
    });
    renderWithProviders(
      <ThreadListResults
        params={{ user: null, status: 'locked', q: null, sort: 'newest' }}
        nav={narrowNav()}
      />,
    );
    expect(await screen.findByText('Where is my⟨U+202E⟩ refund?')).toBeTruthy();
    expect(screen.getByText('Escalated to billing')).toBeTruthy();
    expect(screen.getByText('no reason given')).toBeTruthy();
    expect(await screen.findByText('No customer message in the latest items')).toBeTruthy();
    const items = api.requests.filter(isItems);
    expect(items.map((url) => url.searchParams.get('order'))).toEqual(['desc', 'desc']);
    expect(items.map((url) => url.searchParams.get('limit'))).toEqual(['20', '20']);
  });

  it('on wide screens is a listbox: j/k and arrows select, Enter opens', async () => {
    queueApi({});
    const selected: string[] = [];
    const opened: string[] = [];
    const user = userEvent.setup();
    renderWithProviders(
      <ThreadListResults
        params={{ user: null, status: 'locked', q: null, sort: 'newest' }}
        nav={narrowNav({
          split: true,
          selected: 'cthr_a',
          onSelect: (id) => selected.push(id),
          onOpen: (id) => opened.push(id),
        })}
      />,
    );
    const list = await screen.findByRole('listbox', { name: 'Escalation queue' });
    const options = within(list).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
    ]);
    expect(within(list).getByRole('option', { name: 'cthr_a' }).tabIndex).toBe(0);
    (options[0] as HTMLElement).focus();
    await user.keyboard('j');
    await user.keyboard('{ArrowUp}');
    expect(selected).toEqual(['cthr_b', 'cthr_a']);
    await user.keyboard('{Enter}');
    expect(opened).toEqual(['cthr_a']);
  });
});
