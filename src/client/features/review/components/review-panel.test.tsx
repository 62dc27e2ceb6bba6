import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentBody, ReviewBody, ReviewResponse } from '@/shared/api-contract';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { ReviewPanel } from './review-panel';

const THREAD = 'cthr_review';
const OUTCOMES = ['resolved by agent', 'bot error', 'other'];
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  localStorage.clear();
});

function review(overrides: Partial<ReviewBody> = {}): ReviewBody {
  return {
    thread_id: THREAD,
    state: 'unreviewed',
    claimed_by: null,
    claimed_at: null,
    outcome: null,
    note: '',
    version: 0,
    updated_at: null,
    updated_by: null,
    flags: [],
    ...overrides,
  };
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A server with one review and one agent; writes answer through `onWrite`. */
function server(options: {
  name: string | null;
  current: ReviewBody;
  history?: ReviewResponse['history'];
  onWrite?: (sent: Sent) => { status: number; body: unknown };
}) {
  const sent: Sent[] = [];
  let me: AgentBody = {
    name: options.name,
    source: 'cookie',
    can_change_name: true,
    outcomes: OUTCOMES,
  };
  let current = options.current;
  globalThis.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(
      input instanceof Request ? input.url : input.toString(),
      'http://localhost',
    );
    const method = init.method ?? 'GET';
    const reply = (status: number, body: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    if (method === 'GET' && url.pathname === '/api/me') return reply(200, me);
    if (method === 'GET') return reply(200, { review: current, history: options.history ?? [] });
    const entry: Sent = {
      method,
      path: url.pathname,
      headers: Object.fromEntries(
        Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
      ),
      body: JSON.parse(typeof init.body === 'string' ? init.body : 'null') as unknown,
    };
    sent.push(entry);
    if (url.pathname === '/api/me') {
      me = { ...me, name: (entry.body as { name: string }).name };
      return reply(200, me);
    }
    const answer = options.onWrite?.(entry) ?? { status: 500, body: {} };
    if (answer.status === 200) current = (answer.body as ReviewResponse).review;
    if (answer.status === 409) current = (answer.body as { review: ReviewBody }).review;
    return reply(answer.status, answer.body);
  };
  return { sent };
}

describe('ReviewPanel', () => {
  it('asks for a name before any change, then claims with the version it saw', async () => {
    const user = userEvent.setup();
    const { sent } = server({
      name: null,
      current: review(),
      onWrite: ({ body }) => ({
        status: 200,
        body: { review: review({ ...(body as object), version: 1 }), history: [] },
      }),
    });
    renderWithProviders(<ReviewPanel threadId={THREAD} />);
    const claim = await screen.findByRole('button', { name: 'Claim' });
    expect(claim).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(claim).toHaveProperty('disabled', false));
    await user.click(claim);
    await screen.findByText('In review · you');
    const put = sent.find((entry) => entry.method === 'PUT' && entry.path.endsWith('/review'));
    expect(put?.headers).toMatchObject({ 'if-match': '"0"', 'x-threadline-write': '1' });
    expect(put?.body).toEqual({ state: 'in_review', claimed_by: 'Ana', outcome: null, note: '' });
    expect(localStorage.getItem('threadline.reviewer-name')).toBe('Ana');
  });

  it("says who holds another agent's claim, and offers to take it over", async () => {
    server({
      name: 'Ana',
      current: review({
        state: 'in_review',
        claimed_by: 'Ben',
        claimed_at: 1_700_000_000,
        version: 3,
      }),
    });
    renderWithProviders(<ReviewPanel threadId={THREAD} />);
    expect(await screen.findByText(/Ben is reviewing this/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take over' })).toBeTruthy();
    expect(screen.getByText('In review · Ben')).toBeTruthy();
  });

  it('shows a conflict side by side, and keeps mine over their version when asked', async () => {
    const user = userEvent.setup();
    const theirs = review({
      state: 'done',
      outcome: 'other',
      note: 'Ben was here',
      version: 2,
      updated_by: 'Ben',
    });
    const { sent } = server({
      name: 'Ana',
      current: review({ state: 'in_review', claimed_by: 'Ana', version: 1 }),
      onWrite: ({ headers, body }) =>
        headers['if-match'] === '"1"'
          ? {
              status: 409,
              body: {
                error: { code: 'review_conflict', message: 'Changed by Ben.' },
                review: theirs,
              },
            }
          : {
              status: 200,
              body: { review: review({ ...(body as object), version: 3 }), history: [] },
            },
    });
    renderWithProviders(<ReviewPanel threadId={THREAD} />);
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'Refund approved');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'bot error');
    await user.click(screen.getByRole('button', { name: 'Save outcome and note' }));
    const notice = await screen.findByRole('group', {
      name: /Ben changed this review before your save/,
    });
    expect(within(notice).getByText('Yours: Refund approved')).toBeTruthy();
    expect(within(notice).getByText('Theirs: Ben was here')).toBeTruthy();
    expect(within(notice).getByText('Yours: bot error')).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/Ben changed this review/);
    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /changed this review/ })).toBeNull(),
    );
    const last = sent.at(-1);
    expect(last?.headers['if-match']).toBe('"2"');
    expect(last?.body).toMatchObject({ outcome: 'bot error', note: 'Refund approved' });
  });

  it('takes theirs: the edits are dropped and their review shows', async () => {
    const user = userEvent.setup();
    const theirs = review({ note: 'Theirs', version: 2, updated_by: 'Ben' });
    server({
      name: 'Ana',
      current: review({ version: 1 }),
      onWrite: () => ({
        status: 409,
        body: { error: { code: 'review_conflict', message: 'Changed.' }, review: theirs },
      }),
    });
    renderWithProviders(<ReviewPanel threadId={THREAD} />);
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save outcome and note' }));
    await user.click(await screen.findByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(screen.getByTestId('review-note').textContent).toBe('Theirs'));
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
  });

  it('shows a saved note as text: links clickable without our referrer, markup inert', async () => {
    server({
      name: 'Ana',
      current: review({
        note: 'See https://help.example.com/refunds. <script>alert(1)</script> [x](javascript:alert(1))',
        version: 1,
      }),
    });
    const { container } = renderWithProviders(<ReviewPanel threadId={THREAD} />);
    const note = await screen.findByTestId('review-note');
    const link = within(note).getByRole('link', { name: 'https://help.example.com/refunds' });
    expect(link.getAttribute('href')).toBe('https://help.example.com/refunds');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(within(note).getAllByRole('link')).toHaveLength(1);
    expect(note.textContent).toContain('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('shows the history old → new as text, hostile values included', async () => {
    const user = userEvent.setup();
    server({
      name: 'Ana',
      current: review({ note: '<img src=x onerror=alert(1)>', version: 2 }),
      history: [
        {
          id: 1,
          at: 1_700_000_000,
          agent: 'Ana',
          field: 'state',
          from: 'unreviewed',
          to: 'in_review',
        },
        {
          id: 2,
          at: 1_700_000_100,
          agent: 'Ana',
          field: 'note',
          from: '',
          to: '<img src=x onerror=alert(1)>',
        },
      ],
    });
    const { container } = renderWithProviders(<ReviewPanel threadId={THREAD} />);
    await user.click(await screen.findByText('History (2)'));
    const history = within(screen.getByRole('list', { name: 'Review history' }));
    expect(history.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(history.getByText('Unreviewed')).toBeTruthy();
    expect(history.getByText('In review')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
