import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSearch } from 'wouter';
import { makeItemsPage } from '@/client/testing/item-factories';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import type { AgentBody, HealthBody, IndexThreadsPage } from '@/shared/api-contract';
import { ThreadListRoute } from './thread-list-route';

const health: HealthBody = {
  status: 'ok',
  mode: 'demo',
  auth: 'none',
  previewHosts: [],
  index: 'ready',
};
const me: AgentBody = { name: 'Ana', source: 'cookie', can_change_name: true, outcomes: [] };
const emptyIndex: IndexThreadsPage = {
  object: 'list',
  data: [],
  next: null,
  counts: { active: 0, locked: 0, closed: 0, unknown: 0 },
  index: { state: 'ready', threads: 0, updated_at: 1_795_529_131 },
};

const isIndex = (url: URL) => url.pathname === '/api/index/threads';

/** The address bar, as far as the list page is concerned. */
function Address() {
  return <output aria-label="Address">{useSearch()}</output>;
}

describe('ThreadListRoute', () => {
  it('keeps the review filter in the address, and lists what the address says', async () => {
    const api = stubApi((url) => {
      if (url.pathname === '/api/health') return { body: health };
      if (url.pathname === '/api/me') return { body: me };
      if (isIndex(url)) return { body: emptyIndex };
      return { body: makeItemsPage([]) };
    });
    renderWithProviders(
      <>
        <ThreadListRoute />
        <Address />
      </>,
      { route: '/threads?status=locked' },
    );
    const review = await screen.findByRole('group', { name: 'Review' });
    await userEvent.click(within(review).getByRole('radio', { name: 'Mine' }));

    expect(screen.getByRole('status', { name: 'Address' }).textContent).toBe(
      'status=locked&review=mine',
    );
    expect(await screen.findByText('No locked threads claimed by you.')).toBeTruthy();
    const asked = api.requests.filter(isIndex).at(-1);
    expect(asked?.searchParams.get('review')).toBe('in_review');
    expect(asked?.searchParams.get('claimed_by')).toBe('Ana');
  });
});
