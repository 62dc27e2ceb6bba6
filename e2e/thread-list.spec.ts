import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.
// The list on its own page, its rows links (narrower than the split view's 1024 px); the split
// view with the selected thread beside the list is in queue-flow.spec.ts.
test.use({ viewport: { width: 1000, height: 720 } });

const rowsOf = (page: Page) => page.getByRole('region', { name: 'Threads' }).getByRole('listitem');

test('the escalation queue reads the thread index: counts per status, filters in the URL', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Escalation queue' })
    .click();
  await expect(page).toHaveURL(/\/threads\?status=locked$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalation queue');
  await expect(page.getByRole('link', { name: 'Escalation queue' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('status').filter({ hasText: /^2 locked threads$/ })).toBeVisible();
  // The index's size and age, as every list shows it.
  await expect(page.getByText(/^\d+ threads indexed · updated /)).toBeVisible();
  await expect(rowsOf(page)).toHaveCount(2);
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Refund for duplicate charge on order A-1023',
    'Account deletion request',
  ]);
  await expect(rowsOf(page).getByText('Locked', { exact: true })).toHaveCount(2);
  await expect(rowsOf(page).getByText('Escalated to billing')).toBeVisible();

  // The status control counts what each choice would show.
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('radio', { name: 'Locked 2' })).toBeChecked();
  await expect(status.getByRole('radio', { name: /^Closed \d+$/ })).toBeVisible();
  await status.getByRole('radio', { name: /^Closed/ }).click();
  await expect(page).toHaveURL(/\/threads\?status=closed$/);
  await expect(status.getByRole('radio', { name: /^Closed/ })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closed threads');
  await expect(rowsOf(page).getByText('Resolved: password reset link sent')).toBeVisible();
  await expect(rowsOf(page).getByText('Locked', { exact: true })).toHaveCount(0);

  await status.getByRole('radio', { name: /^All/ }).click();
  await expect(page).toHaveURL(/\/threads$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/threads\?status=closed$/);
  await expect(status.getByRole('radio', { name: /^Closed/ })).toBeChecked();
});

test('search finds threads by title or user as the agent types; sort flips the order', async ({
  page,
}) => {
  await page.goto('/threads');
  await expect(rowsOf(page).first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search titles and users' });
  await search.fill('refund');
  await expect(page).toHaveURL(/\/threads\?q=refund$/);
  const matching = page.getByRole('status').filter({ hasText: 'matching' });
  await expect(matching).toHaveText('2 threads matching “refund”');
  // The hostile sample's title matches too, and shows as the text it is.
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Refund for duplicate charge on order A-1023',
    '<img src=x onerror=alert(1)>Refund',
  ]);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);

  // A user's address is searchable too; the status control counts within the search.
  await search.fill('maria.gomez');
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Refund for duplicate charge on order A-1023',
    'Password reset email not arriving',
  ]);
  await expect(page.getByRole('radio', { name: 'Locked 1' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('Oldest first');
  await expect(page).toHaveURL(/q=maria\.gomez&sort=oldest$/);
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Password reset email not arriving',
    'Refund for duplicate charge on order A-1023',
  ]);

  // Hostile search text is only text: no error, no match.
  await search.fill(`"' OR 1=1 -- %_ NEAR(a b) *`);
  await expect(matching).toHaveText(/^0 threads matching/);
  await expect(page.getByText('No threads matching')).toBeVisible();
  await search.fill('');
  await expect(page).toHaveURL(/\/threads\?sort=oldest$/);
});

test('an unknown status in the URL shows every thread with All selected', async ({ page }) => {
  await page.goto('/threads?status=bogus');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All threads');
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('radio', { name: /^All/ })).toBeChecked();
  await expect(rowsOf(page).first()).toBeVisible();
});

test('the user filter lists one customer’s threads', async ({ page }) => {
  await page.goto('/threads');
  const user = page.getByRole('textbox', { name: 'User' });
  await user.fill('maria.gomez@example.com');
  await user.press('Enter');
  await expect(page).toHaveURL(/\/threads\?user=maria\.gomez%40example\.com$/);
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Refund for duplicate charge on order A-1023',
    'Password reset email not arriving',
  ]);
  // Filters combine: the queue of this one customer.
  await page.getByRole('radio', { name: 'Locked' }).click();
  await expect(page).toHaveURL(/user=maria\.gomez%40example\.com&status=locked$/);
  await expect(rowsOf(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/threads\?status=locked$/);
  await expect(user).toHaveValue('');
});

test('other threads by this user are listed on the thread page, not the current one', async ({
  page,
}) => {
  // In the facts rail, which wide screens show beside the transcript (phones keep it in the
  // thread actions menu; thread-layout.spec.ts covers that).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const panel = page.getByRole('region', { name: 'Other threads by this user' });
  await expect(
    panel.getByRole('link', { name: 'Password reset email not arriving' }),
  ).toBeVisible();
  await expect(panel).not.toContainText('Refund for duplicate charge');
  await expect(panel.getByText('Closed', { exact: true })).toBeVisible();

  await panel.getByRole('link', { name: 'Password reset email not arriving' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_closed_resolved$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Password reset email not arriving',
  );
  await expect(
    page.getByRole('region', { name: 'Other threads by this user' }).getByRole('link', {
      name: 'Refund for duplicate charge on order A-1023',
    }),
  ).toBeVisible();
});

test('the escalation queue has no axe violations in light or dark mode and fits 375 px', async ({
  page,
  expectAccessibleInBothThemes,
}) => {
  // The thread list's one page kind, in its fullest state: filtered, with reasons shown.
  await page.goto('/threads?status=locked');
  await expect(rowsOf(page).first()).toBeVisible();
  await expectAccessibleInBothThemes();
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoHorizontalScroll(page);
});
