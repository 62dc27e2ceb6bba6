import { expect, expectNoHorizontalScroll, test } from './fixtures';

// Demo mode with the hand-made samples only (playwright.config.ts): two locked threads, one
// "Escalated to billing", one with no reason.
test('the dashboard shows the locked count, the oldest locked thread and both charts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalation dashboard');
  await expect(page.getByText(/^\d+ threads indexed · updated /)).toBeVisible();

  const lockedNow = page.getByRole('region', { name: 'Locked now' });
  await expect(lockedNow.getByText('2', { exact: true })).toBeVisible();
  const oldest = page.getByRole('region', { name: 'Oldest locked thread' });
  await expect(oldest.getByRole('link', { name: 'Account deletion request' })).toBeVisible();
  await expect(oldest.getByText('no reason given')).toBeVisible();

  // Each chart's table is there for screen readers; "Show table" puts it on screen.
  const reasons = page.getByRole('region', { name: 'Locked threads by reason' });
  const table = reasons.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Escalated to billing' })).toBeAttached();
  await reasons.getByRole('button', { name: 'Show table' }).click();
  await expect(reasons.getByRole('button', { name: 'Show table' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: 'Escalated to billing 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'No reason given 1' })).toBeVisible();

  const perDay = page.getByRole('region', { name: 'Threads created per day' });
  await expect(perDay.getByText(/in the last 30 days, by their status now/)).toBeVisible();
  await expect(perDay.getByRole('table').getByRole('row')).toHaveCount(31);

  await oldest.getByRole('link', { name: 'Account deletion request' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_locked_noreason$/);
});

test('the dashboard has no axe violations in light or dark mode and fits a phone', async ({
  page,
  expectAccessibleInBothThemes,
}) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Threads created per day' })).toBeVisible();
  await expectAccessibleInBothThemes();
  await page.getByRole('button', { name: 'Show table' }).first().click();
  await expectAccessibleInBothThemes();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
});
