import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemsAnswer, makeThreadDetail, makeUserMessage } from '@/client/testing/item-factories';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import { ThreadView } from './thread-view';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

const thread = makeThreadDetail({
  id: 'cthr_nav',
  created_at: 1760531245,
  title: 'Navigation',
  status: { type: 'closed', reason: null },
  user: 'maria@example.com',
});

function renderThread() {
  const messages = Array.from({ length: 12 }, (_, n) =>
    makeUserMessage({
      id: `cthi_${String(n)}`,
      content: [{ type: 'input_text', text: `message ${String(n)}` }],
    }),
  );
  stubApi((url) =>
    url.pathname.endsWith('/items') ? itemsAnswer(messages, url) : { body: thread },
  );
  return renderWithProviders(<ThreadView threadId="cthr_nav" />);
}

/** The card (the focusable <article>) of message `n`, whatever marks split its text. */
function card(n: number): HTMLElement {
  const article = screen.getAllByRole('article', { name: 'Customer message' })[n];
  if (!article) throw new Error(`no card for message ${String(n)}`);
  return article;
}

describe('bringing items into view', () => {
  it('focuses the linked item’s card once, and not again as the page re-renders', async () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    history.replaceState(null, '', '/threads/cthr_nav#cthi_5');
    renderThread();

    await waitFor(() => expect(document.activeElement).toBe(card(5)));
    expect(scroll.mock.contexts).toContain(card(5));
    // Typing a query re-renders the rows it matches, the linked one among them.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find in thread' }), 'message');
    expect(await screen.findByText('1 of 12')).toBeTruthy();
    expect(focus.mock.contexts.filter((element) => element === card(5))).toHaveLength(1);
  });

  it('steps with j and k from the row holding focus, else from the first row on screen', async () => {
    const user = userEvent.setup();
    renderThread();
    expect(await screen.findByText('12 items')).toBeTruthy();

    await user.keyboard('j');
    expect(document.activeElement).toBe(card(0));
    await user.keyboard('jj');
    expect(document.activeElement).toBe(card(2));
    await user.keyboard('k');
    expect(document.activeElement).toBe(card(1));

    // Focus inside a row (its "Copy link" button) counts as that row's.
    screen.getAllByRole('button', { name: 'Copy link to this item' })[7]?.focus();
    await user.keyboard('j');
    expect(document.activeElement).toBe(card(8));
  });

  it('shows the current find match without taking focus from the find field', async () => {
    const user = userEvent.setup();
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    renderThread();
    expect(await screen.findByText('12 items')).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Find in thread' });

    await user.type(box, 'message 1');
    expect(await screen.findByText('1 of 3')).toBeTruthy();
    const current = () => document.querySelector('mark[data-current]');
    await waitFor(() => expect(scroll.mock.contexts).toContain(current()));
    expect(current()?.closest('article')).toBe(card(1));

    await user.keyboard('{Enter}');
    expect(await screen.findByText('2 of 3')).toBeTruthy();
    expect(current()?.closest('article')).toBe(card(10));
    await waitFor(() => expect(scroll.mock.contexts.at(-1)).toBe(current()));
    expect(document.activeElement).toBe(box);
  });
});
