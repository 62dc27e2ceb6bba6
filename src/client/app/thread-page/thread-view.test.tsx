import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import {
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
  it('loads every page of items in order, following last_id', async () => {
    const api = stubApi((url) => {
      if (url.pathname === '/api/threads/cthr_view') return { body: thread };
      // The owner's other threads: none.
      if (url.pathname === '/api/threads') return { body: makeListPage([]) };
      const after = url.searchParams.get('after');
      if (!after) return { body: page(0, 30, true) };
      if (after === 'cthi_29') return { body: page(30, 30, true) };
      return { body: page(60, 12, false) };
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);

    expect(await screen.findByRole('heading', { name: 'Refund question' })).toBeTruthy();
    expect(await screen.findByText('72 items', {}, { timeout: 3000 })).toBeTruthy();
    const itemRequests = api.requests.filter((url) => url.pathname.endsWith('/items'));
    expect(itemRequests.map((url) => url.searchParams.get('after'))).toEqual([
      null,
      'cthi_29',
      'cthi_59',
    ]);
    expect(itemRequests.every((url) => url.searchParams.get('order') === 'asc')).toBe(true);
  });

  it('keeps the DOM bounded for a long thread', { timeout: 15_000 }, async () => {
    stubApi((url) => {
      if (!url.pathname.endsWith('/items')) return { body: thread };
      const after = url.searchParams.get('after');
      const from = after ? Number(after.slice('cthi_'.length)) + 1 : 0;
      return { body: page(from, 100, from < 900) };
    });
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText('1,000 items', {}, { timeout: 10_000 })).toBeTruthy();
    const rows = screen.getByRole('list', { name: 'Transcript' }).querySelectorAll(':scope > li');
    expect(rows.length).toBeGreaterThan(0);
    // happy-dom has no layout (every row measures 0 px), so more rows fit than in a browser;
    // the point is that far fewer than 1,000 exist. The e2e suite checks the real bound.
    expect(rows.length).toBeLessThan(200);
    expect(screen.getByText('message 0')).toBeTruthy();
  });

  it('stops on a repeating cursor and says the transcript may be incomplete', async () => {
    const api = stubApi((url) =>
      url.pathname.endsWith('/items') ? { body: page(0, 3, true, 'cthi_loop') } : { body: thread },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);

    expect(await screen.findByText(/this transcript may be incomplete/)).toBeTruthy();
    expect(screen.getByText('message 0')).toBeTruthy();
    expect(api.requests.filter((url) => url.pathname.endsWith('/items'))).toHaveLength(2);
  });

  it('warns when has_more is true but no cursor is given', async () => {
    stubApi((url) =>
      url.pathname.endsWith('/items') ? { body: page(0, 2, true, null) } : { body: thread },
    );
    renderWithProviders(<ThreadView threadId="cthr_view" />);
    expect(await screen.findByText(/this transcript may be incomplete/)).toBeTruthy();
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
