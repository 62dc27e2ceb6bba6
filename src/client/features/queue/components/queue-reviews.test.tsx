import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { makeItemsPage, makeListPage, makeThreadSummary } from '@/client/testing/item-factories';
import { narrowNav } from '@/client/testing/list-helpers';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import type { AgentBody, IndexedReview, IndexState, IndexThreadsPage } from '@/shared/api-contract';
import type { ListParams } from '@/shared/list-params';
import { ThreadListView } from './thread-list-view';

function agent(name: string | null): AgentBody {
  return { name, source: 'cookie', can_change_name: true, outcomes: ['bot error', 'other'] };
}

function indexPage(rows: [title: string, review: IndexedReview | null][]): IndexThreadsPage {
  return {
    object: 'list',
    data: rows.map(([title, review], i) => ({
      id: `cthr_${title.replace(/\W/g, '')}`,
      object: 'chatkit.thread',
      title,
      created_at: 1_795_529_100 - i,
      status: { type: 'locked', reason: null },
      user: 'maria@example.com',
      first_seen_at: 1_795_529_100,
      last_seen_at: 1_795_529_100,
      status_changed_at: null,
      review,
    })),
    next: null,
    counts: { active: 0, locked: rows.length, closed: 0, unknown: 0 },
    index: { state: 'ready', threads: rows.length, updated_at: 1_795_529_131 },
  };
}

const isIndex = (url: URL) => url.pathname === '/api/index/threads';

/** The index (every row), /api/me as given, and empty transcripts for the rows' last lines. */
function api(me: AgentBody, page = indexPage([['Refund', null]])) {
  return stubApi((url) => {
    if (isIndex(url)) return { body: page };
    if (url.pathname === '/api/me') return { body: me };
    return { body: makeItemsPage([]) };
  });
}

function View({
  indexState = 'ready',
  start,
}: {
  indexState?: IndexState;
  start?: Partial<ListParams>;
}) {
  const [params, setParams] = useState<ListParams>({
    user: null,
    status: 'locked',
    q: null,
    sort: 'newest',
    ...start,
  });
  return (
    <ThreadListView
      params={params}
      onParamsChange={setParams}
      nav={narrowNav()}
      indexState={indexState}
    />
  );
}

describe('reviews in the queue', () => {
  it('says each row’s review in words, and “you” on the agent’s own claims', async () => {
    api(
      agent('Ana'),
      indexPage([
        ['Never reviewed', null],
        ['Ben has it', { state: 'in_review', claimed_by: 'Ben', outcome: null }],
        ['Ana has it', { state: 'in_review', claimed_by: 'Ana', outcome: null }],
        ['Finished', { state: 'done', claimed_by: null, outcome: 'bot error' }],
      ]),
    );
    renderWithProviders(<View />);
    const row = (title: string) => screen.getByText(title).closest('li') as HTMLElement;
    expect(await screen.findByText('In review · you')).toBeTruthy();
    expect(within(row('Never reviewed')).getByText('Unreviewed')).toBeTruthy();
    expect(within(row('Ben has it')).getByText('In review · Ben')).toBeTruthy();
    expect(within(row('Ana has it')).getByText('In review · you')).toBeTruthy();
    expect(within(row('Finished')).getByText('Done · bot error')).toBeTruthy();
  });

  it('never shows the agent’s own claim under their name while it is not known who they are', async () => {
    const page = indexPage([
      ['Ana has it', { state: 'in_review', claimed_by: 'Ana', outcome: null }],
      ['Finished', { state: 'done', claimed_by: null, outcome: 'bot error' }],
    ]);
    stubApi((url) => {
      if (isIndex(url)) return { body: page };
      if (url.pathname === '/api/me') return 'hang';
      return { body: makeItemsPage([]) };
    });
    renderWithProviders(<View />);
    const row = (title: string) => screen.getByText(title).closest('li') as HTMLElement;
    expect(await screen.findByText('Done · bot error')).toBeTruthy();
    expect(within(row('Ana has it')).getByText('In review')).toBeTruthy();
    expect(screen.queryByText('In review · Ana')).toBeNull();
  });

  it('filters by review in the index: a state as it is, “Mine” as the agent’s claims', async () => {
    const calls = api(agent('Ana'));
    renderWithProviders(<View />);
    await screen.findByText('1 locked thread');
    const review = screen.getByRole('group', { name: 'Review' });

    await userEvent.click(within(review).getByRole('radio', { name: 'Unreviewed' }));
    expect(await screen.findByText('1 locked thread not yet reviewed')).toBeTruthy();
    const unreviewed = calls.requests.filter(isIndex).at(-1);
    expect(unreviewed?.searchParams.get('review')).toBe('unreviewed');
    expect(unreviewed?.searchParams.has('claimed_by')).toBe(false);

    await userEvent.click(within(review).getByRole('radio', { name: 'Mine' }));
    expect(await screen.findByText('1 locked thread claimed by you')).toBeTruthy();
    const mine = calls.requests.filter(isIndex).at(-1);
    expect(mine?.searchParams.get('review')).toBe('in_review');
    expect(mine?.searchParams.get('claimed_by')).toBe('Ana');
  });

  it('says how to get a name when “Mine” has no one to list, and asks the index nothing', async () => {
    const calls = api(agent(null));
    renderWithProviders(<View start={{ review: 'mine' }} />);
    expect(await screen.findByText(/you haven’t given one yet/)).toBeTruthy();
    expect(screen.getByText(/set “Your name” in its review panel/)).toBeTruthy();
    expect(calls.requests.some(isIndex)).toBe(false);
  });

  it('offers no review filter while the list scans without the index, and says why', async () => {
    const scanned = makeThreadSummary({
      title: 'Scanned',
      status: { type: 'locked', reason: null },
    });
    stubApi((url) =>
      url.pathname === '/api/threads'
        ? { body: makeListPage([scanned]) }
        : { body: makeItemsPage([]) },
    );
    renderWithProviders(<View indexState="off" start={{ review: 'done' }} />);
    expect(await screen.findByText('Scanned')).toBeTruthy();
    expect(screen.getByText(/review filters need the index/)).toBeTruthy();
    expect(screen.getByText(/shows threads in every review state/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Review' })).toBeNull();
    // Scanned rows know nothing of reviews: no badge claims they are unreviewed.
    expect(screen.queryByText('Unreviewed')).toBeNull();
  });
});
