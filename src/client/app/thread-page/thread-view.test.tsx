import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import userEvent from '@testing-library/user-event';
import {
  itemsAnswer,
  makeAssistantMessage,
  makeItemsPage,
  makeListPage,
  makeOutputText,
  makeThreadDetail,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { ThreadView } from './thread-view';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const thread = makeThreadDetail({
  id: 'cthr_view',
  created_at: 1760531245,
  title: 'Refund question',
  status: { type: 'locked', reason: 'Escalated to billing' },
  user: 'maria@example.com',
});

function page(from: number, count: number, hasMore: boolean, lastId?: string | null) {
  const data = Array.from({ length: count }, (_, i) =>
    makeUserMessage({
      id: `cthi_${String(from + i)}`,
      content: [{ type: 'input_text', text: `message ${String(from + i)}` }],
    }),
  );
  const page = makeItemsPage(data, hasMore);
  return lastId === undefined ? page : { ...page, last_id: lastId };
}

describe('ThreadView', () => {
  const itemRequests = (api: { requests: URL[] }) =>
    api.requests.filter((url) => url.pathname.endsWith('/items'));
  const messages = (count: number) =>
    Array.from({ length: count }, (_, n) =>
      makeUserMessage({
        id: `cthi_${String(n)}`,
        content: [{ type: 'input_text', text: `message ${String(n)}` }],
      }),
    );
  const findBox = () => screen.getByRole('searchbox', { name: 'Find in thread' });

  it('opens a locked thread at its newest page, newest first', { timeout: 15_000 }, async () => {
    const stored = messages(1000);
    const api = stubApi((url) => {
      if (url.pathname === '/api/threads/cthr_view') return { body: thread };
      if (url.pathname === '/api/threads') return { body: makeListPage([]) };
      return itemsAnswer(stored, url);
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);

    expect(await screen.findByRole('heading', { name: 'Refund question' })).toBeTruthy();
    expect(await screen.findByText('message 900', {}, { timeout: 10_000 })).toBeTruthy();
    const [first] = itemRequests(api);
    expect(first?.searchParams.get('order')).toBe('desc');
    expect(first?.searchParams.get('after')).toBeNull();
    // Nothing walks the thread from its start.
    expect(itemRequests(api).some((url) => url.searchParams.get('order') === 'asc')).toBe(false);
    expect(screen.getByText(/100 items loaded · earlier items load as you scroll/)).toBeTruthy();
    // The DOM stays bounded: far fewer rows than items exist.
    const rows = screen.getByRole('list', { name: 'Transcript' }).querySelectorAll(':scope > li');
    expect(rows.length).toBeLessThan(200);
  });

  it('opens a long active thread at its start', async () => {
    const stored = messages(300);
    const active = { ...thread, thread: { ...thread.thread, status: { type: 'active' as const } } };
    const api = stubApi((url) => {
      if (url.pathname === '/api/threads/cthr_view') return { body: active };
      if (url.pathname === '/api/threads') return { body: makeListPage([]) };
      return itemsAnswer(stored, url);
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('message 0', {}, { timeout: 5000 })).toBeTruthy();
    const asc = itemRequests(api).filter((url) => url.searchParams.get('order') === 'asc');
    expect(asc[0]?.searchParams.get('after')).toBeNull();
  });

  it(
    'loads an item link around its item in at most three item requests',
    { timeout: 15_000 },
    async () => {
      history.replaceState(null, '', '/threads/cthr_view#cthi_615');
      const stored = messages(1000);
      const api = stubApi((url) => {
        if (url.pathname === '/api/threads/cthr_view') return { body: thread };
        if (url.pathname === '/api/threads') return { body: makeListPage([]) };
        return itemsAnswer(stored, url);
      });
      renderWithProviders(<ThreadView threadId="cthr_view" />);
      expect(await screen.findByText('message 615', {}, { timeout: 5000 })).toBeTruthy();
      // The newest page (for the rail and handoff), then the two calls around the item; anything
      // later is the lazy fill as the list scrolls.
      const describe = (url: URL) =>
        ['order', 'after', 'limit'].map((name) => url.searchParams.get(name)).join(' ');
      expect(itemRequests(api).slice(0, 3).map(describe).sort()).toEqual(
        ['asc cthi_615 50', 'desc cthi_616 50', 'desc  100'].sort(),
      );
      history.replaceState(null, '', '/');
    },
  );

  it('loads the rest from both ends while find searches', { timeout: 30_000 }, async () => {
    history.replaceState(null, '', '/threads/cthr_view#cthi_250');
    const stored = messages(400);
    stubApi((url) => {
      if (url.pathname === '/api/threads/cthr_view') return { body: thread };
      if (url.pathname === '/api/threads') return { body: makeListPage([]) };
      return itemsAnswer(stored, url);
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('message 250', {}, { timeout: 5000 })).toBeTruthy();
    await userEvent.type(findBox(), 'message 7');
    expect(await screen.findByText('400 items', {}, { timeout: 25_000 })).toBeTruthy();
    // "message 7" and "message 70" to "message 79", wherever they are in the thread.
    expect(await screen.findByText(/ of 11$/)).toBeTruthy();
    history.replaceState(null, '', '/');
  });

  it('stops on a repeating cursor and says the transcript may be incomplete', async () => {
    const api = stubApi((url) =>
      url.pathname.endsWith('/items') ? { body: page(0, 3, true, 'cthi_loop') } : { body: thread },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('message 0')).toBeTruthy();
    await userEvent.type(findBox(), 'message');

    expect(await screen.findByText(/this transcript may be incomplete/)).toBeTruthy();
    // It stopped: a handful of requests, not one per page up to the cap.
    expect(itemRequests(api).length).toBeLessThan(8);
  });

  it('shows "Thread not found" for a 404', async () => {
    stubApi(() => ({
      status: 404,
      body: {
        error: { code: 'thread_not_found', message: 'No thread with ID cthr_view was found.' },
      },
    }));
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByRole('heading', { name: 'Thread not found' })).toBeTruthy();
  });

  it('keeps the header when only the transcript fails', async () => {
    stubApi((url) =>
      url.pathname.endsWith('/items')
        ? { status: 504, body: { error: { code: 'upstream_timeout', message: 'Timed out.' } } }
        : { body: thread },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(
      await screen.findByRole('heading', { name: 'OpenAI took too long to answer' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Refund question' })).toBeTruthy();
    expect(screen.getByText('Escalated to billing')).toBeTruthy();
  });

  it('paints inline items from the thread while /items is still loading', async () => {
    stubApi((url) => {
      if (url.pathname.endsWith('/items')) return 'hang';
      const inline = makeUserMessage({
        id: 'cthi_a',
        content: [{ type: 'input_text', text: 'inline hello' }],
      });
      return {
        body: makeThreadDetail(
          {
            id: 'cthr_view',
            title: 'Doc example',
            created_at: null,
            status: { type: 'unknown', sent_type: null, reason: null },
            user: null,
          },
          [inline],
        ),
      };
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('inline hello')).toBeTruthy();
    expect(screen.getByText('Unknown status — what the customer sees is not clear')).toBeTruthy();
    expect(screen.getByText('Unknown user')).toBeTruthy();
    expect(screen.getByText(/Loading transcript… 1 item so far/)).toBeTruthy();
  });

  it("shows the seed example's inline items when /items answers an empty list", async () => {
    const seedThread = makeThreadDetail(
      {
        id: 'cthr_view',
        title: 'Demo feedback',
        created_at: null,
        status: { type: 'unknown', sent_type: null, reason: null },
        user: null,
      },
      [
        makeUserMessage({ id: 'cthi_a', content: [{ type: 'input_text', text: 'hi' }] }),
        makeAssistantMessage({ id: 'cthi_b', content: [makeOutputText({ text: 'hello' })] }),
      ],
    );
    stubApi((url) =>
      url.pathname.endsWith('/items') ? { body: makeItemsPage([], false) } : { body: seedThread },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('2 items')).toBeTruthy();
    expect(screen.getByText('hi')).toBeTruthy();
    expect(screen.getByText('hello')).toBeTruthy();
    expect(screen.queryByText(/no items yet/i)).toBeNull();
    expect(screen.getByText('Unknown user')).toBeTruthy();
  });

  it('shows bidi controls in the title, user and reason instead of obeying them', async () => {
    const lying = makeThreadDetail({
      id: 'cthr_view',
      title: 'Refund for invoice-\u202Efdp.exe',
      user: '\u2067maria@example.com',
      status: { type: 'locked', reason: 'Escalated \u202Eto billing' },
    });
    stubApi((url) =>
      url.pathname.endsWith('/items') ? { body: makeItemsPage([], false) } : { body: lying },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(
      await screen.findByRole('heading', { name: 'Refund for invoice-⟨U+202E⟩fdp.exe' }),
    ).toBeTruthy();
    expect(screen.getByText('⟨U+2067⟩maria@example.com')).toBeTruthy();
    expect(screen.getAllByText('Escalated ⟨U+202E⟩to billing').length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('\u202E');
  });
});
