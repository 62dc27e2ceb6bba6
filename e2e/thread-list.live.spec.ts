import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The live server runs with THREADLINE_INDEX=off: lists fall back to scanning the API's pages
// in the browser, and say so. (The index-backed list is in thread-list.spec.ts.)
test.use({ viewport: { width: 1000, height: 720 } });

const rowsOf = (page: Page) => page.getByRole('region', { name: 'Threads' }).getByRole('listitem');

test('with the index off, the queue scans the API in the browser and says why', async ({
  page,
}) => {
  await page.goto('/threads?status=locked');
  await expect(
    page.getByText(/thread index is off on this server \(THREADLINE_INDEX=off\)/),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^Scanned all \d+ threads: 2 locked\.$/ }),
  ).toBeVisible();
  await expect(rowsOf(page).getByRole('link')).toHaveText([
    'Refund for duplicate charge on order A-1023',
    'Account deletion request',
  ]);
  // Search and sort need the index: not offered rather than broken.
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Locked', exact: true })).toBeChecked();
});

test('with the index off, Load more pages through the whole list, newest first', async ({
  page,
}) => {
  await page.goto('/threads');
  await expect(page.getByRole('status').filter({ hasText: '10 threads shown' })).toBeVisible();
  await expect(rowsOf(page)).toHaveCount(10);
  await expect(rowsOf(page).first().getByRole('link')).toHaveText(
    'Refund for duplicate charge on order A-1023',
  );
  const more = page.getByRole('button', { name: 'Load more' });
  await more.focus();
  await page.keyboard.press('Enter');
  // The sample without created_at sorts last.
  await expect(rowsOf(page).last().getByRole('link')).toHaveText('Demo feedback');
  await expect(more).toHaveCount(0);
});

test('with the index off, the dashboard says what it needs instead of failing', async ({
  page,
}) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalation dashboard');
  await expect(page.getByText(/shared thread index, which is off on this server/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
