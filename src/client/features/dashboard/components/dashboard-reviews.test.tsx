import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import type { IndexOverviewBody, ReviewOverviewBody } from '@/shared/api-contract';
import { DashboardView } from './dashboard-view';

const indexOverview: IndexOverviewBody = {
  days: [{ day: '2026-11-29', counts: { active: 3, locked: 2, closed: 0, unknown: 0 } }],
  locked_by_reason: [],
  locked: 55,
  oldest_locked: null,
  total: 5,
  index: { state: 'ready', threads: 5, updated_at: 1_795_529_131 },
};

const mondays = ['10-05', '10-12', '10-19', '10-26', '11-02', '11-09', '11-16', '11-23'];
type Week = ReviewOverviewBody['weeks'][number];
/** Done reviews in the last two weeks only. */
const figures: Record<number, Omit<Week, 'week'>> = {
  6: { done: 4, outcomes: { 'bot error': 1, policy: 3 }, bot_error_rate: 0.25 },
  7: { done: 9, outcomes: { 'bot error': 2, duplicate: 7 }, bot_error_rate: 2 / 9 },
};
const reviewOverview: ReviewOverviewBody = {
  locked_by_state: { unreviewed: 12, in_review: 3, done: 40 },
  weeks: mondays.map((day, i) => ({
    week: `2026-${day}`,
    ...(figures[i] ?? { done: 0, outcomes: {}, bot_error_rate: null }),
  })),
  bot_error_rate: 3 / 13,
};

function dashboardApi(reviews: { status?: number; body: unknown }) {
  stubApi((url) => (url.pathname === '/api/reviews/overview' ? reviews : { body: indexOverview }));
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the dashboard’s review figures', () => {
  it('counts locked threads by review state, each a way into the queue', async () => {
    dashboardApi({ body: reviewOverview });
    renderWithProviders(<DashboardView indexState="ready" />);
    await screen.findByRole('heading', { name: 'Locked threads by review' });
    const figures = section('Locked threads by review');
    expect(
      within(figures).getByText('Where the reviews of the 55 locked threads stand'),
    ).toBeTruthy();
    const link = within(figures).getByRole('link', { name: 'Unreviewed' });
    expect(link.closest('li')?.textContent).toBe('12Unreviewed');
    expect(link.getAttribute('href')).toBe('/threads?status=locked&review=unreviewed');
    expect(within(figures).getByRole('link', { name: 'Done' }).closest('li')?.textContent).toBe(
      '40Done',
    );
  });

  it('charts outcomes per week with a table of the same figures', async () => {
    dashboardApi({ body: reviewOverview });
    renderWithProviders(<DashboardView indexState="ready" />);
    await screen.findByRole('heading', { name: 'Review outcomes per week' });
    const chart = section('Review outcomes per week');
    expect(
      within(chart).getByText(/^13 reviews marked done in the last 8 weeks, by outcome/),
    ).toBeTruthy();

    await userEvent.click(within(chart).getByRole('button', { name: 'Show table' }));
    const table = within(chart).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Week of', 'Bot error', 'Duplicate', 'Policy', 'Done']);
    const lastWeek = within(table).getByRole('row', { name: /^Nov 23/ });
    expect(
      within(lastWeek)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '7', '0', '9']);
  });

  it('gives the bot-error rate overall and per week, with a dash for weeks without reviews', async () => {
    dashboardApi({ body: reviewOverview });
    renderWithProviders(<DashboardView indexState="ready" />);
    await screen.findByRole('heading', { name: 'Bot errors' });
    const errors = section('Bot errors');
    expect(within(errors).getByText(/of done reviews, last 8 weeks \(3 of 13\)/).textContent).toBe(
      '23%of done reviews, last 8 weeks (3 of 13)',
    );
    const share = (week: RegExp) =>
      within(errors).getByRole('row', { name: week }).querySelectorAll('td')[2]?.textContent;
    expect(share(/^Nov 16/)).toBe('25%');
    expect(share(/^Nov 23/)).toBe('22%');
    expect(share(/^Oct 5/)).toBe('—none done');
  });

  it('says reviews are unavailable in their own section, keeping the rest of the page', async () => {
    dashboardApi({
      status: 503,
      body: { error: { code: 'reviews_unavailable', message: 'Reviews are down.' } },
    });
    renderWithProviders(<DashboardView indexState="ready" />);
    expect(await screen.findByText(/database, which can’t be reached right now/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Locked now' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
