import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocation } from 'wouter';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import type { ReviewsPage } from '@/shared/api-contract';
import { LIST_STATE_FIELD, saveListContext } from '../lib/list-context';
import { QueueStepper } from './queue-stepper';

/** A thread page as far as the stepper goes: the thread's ID, and the stepper. */
function ThreadPage() {
  const [location] = useLocation();
  const threadId = location.split('/').at(-1) ?? '';
  return (
    <>
      <h1>{threadId}</h1>
      <QueueStepper threadId={threadId} />
    </>
  );
}

/** Reviews in review now, as GET /api/reviews?state=in_review answers. */
function inReview(claims: Record<string, string>): ReviewsPage {
  return {
    object: 'list',
    data: Object.entries(claims).map(([thread_id, claimed_by]) => ({
      thread_id,
      state: 'in_review',
      claimed_by,
      claimed_at: 1_795_529_100,
      outcome: null,
      note: '',
      version: 1,
      updated_at: 1_795_529_100,
      updated_by: claimed_by,
      flags_count: 0,
      thread: null,
    })),
    next: null,
  };
}

/** The agent's name, and who holds what now (by default, what the list saw). */
function meIs(
  name: string | null,
  now: Record<string, string> | 'unavailable' = { cthr_b: 'Ben', cthr_d: 'Ana' },
) {
  return stubApi((url) => {
    if (url.pathname === '/api/reviews')
      return now === 'unavailable'
        ? { status: 503, body: { error: { code: 'reviews_unavailable', message: 'Down.' } } }
        : { body: inReview(now) };
    return {
      body: { name, source: name ? 'cookie' : null, can_change_name: true, outcomes: [] },
    };
  });
}

beforeEach(() => {
  saveListContext({
    key: 'k1',
    label: 'Escalation queue',
    href: '/threads?status=locked',
    ids: ['cthr_a', 'cthr_b', 'cthr_c', 'cthr_d'],
    worked: 'cthr_a',
    claims: { cthr_b: 'Ben', cthr_d: 'Ana' },
  });
  // The thread page's history entry names the list it was opened from.
  history.replaceState({ [LIST_STATE_FIELD]: 'k1' }, '');
});
afterEach(() => history.replaceState(null, ''));

describe('QueueStepper', () => {
  it('passes by threads other agents have claimed, and says so in its count', async () => {
    meIs('Ana');
    renderWithProviders(<ThreadPage />, { route: '/threads/cthr_a' });
    const count = await screen.findByRole('status');
    expect(count.textContent).toBe('1 of 3 · Escalation queue · skipping 1 claimed by others');

    await userEvent.click(screen.getByRole('button', { name: /Next in queue/ }));
    expect(screen.getByRole('heading', { name: 'cthr_c' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^2 of 3 · /);

    // The agent's own claim is theirs to work: the stepper stops there.
    await userEvent.keyboard(']');
    expect(screen.getByRole('heading', { name: 'cthr_d' })).toBeTruthy();

    // user-event writes a literal "[" as "[[": this is `[` twice.
    await userEvent.keyboard('[[[[');
    expect(screen.getByRole('heading', { name: 'cthr_a' })).toBeTruthy();
  });

  it('steps by who holds what now, not by the claims the list showed', async () => {
    // Since the list was shown, Ben released cthr_b and Cy claimed cthr_c.
    const calls = meIs('Ana', { cthr_c: 'Cy', cthr_d: 'Ana' });
    renderWithProviders(<ThreadPage />, { route: '/threads/cthr_a' });
    const count = await screen.findByRole('status');
    expect(count.textContent).toBe('1 of 3 · Escalation queue · skipping 1 claimed by others');
    await userEvent.keyboard(']');
    expect(screen.getByRole('heading', { name: 'cthr_b' })).toBeTruthy();
    await userEvent.keyboard(']');
    expect(screen.getByRole('heading', { name: 'cthr_d' })).toBeTruthy();
    const asked = calls.requests.find((url) => url.pathname === '/api/reviews');
    expect(asked?.searchParams.get('state')).toBe('in_review');
  });

  it('keeps the list’s claims when the reviews cannot be read', async () => {
    meIs('Ana', 'unavailable');
    renderWithProviders(<ThreadPage />, { route: '/threads/cthr_a' });
    const count = await screen.findByRole('status');
    expect(count.textContent).toBe('1 of 3 · Escalation queue · skipping 1 claimed by others');
  });

  it('counts every claim as someone else’s while the agent has no name', async () => {
    meIs(null);
    renderWithProviders(<ThreadPage />, { route: '/threads/cthr_c' });
    const count = await screen.findByRole('status');
    expect(count.textContent).toBe('2 of 2 · Escalation queue · skipping 2 claimed by others');
    const next = screen.getByRole('button', { name: /Next in queue/ });
    expect(next.getAttribute('aria-disabled')).toBe('true');
  });
});
