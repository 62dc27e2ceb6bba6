import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

// The board on its own page, its rows links (narrower than the split view's 1024 px); the split
// view and "Locked first" are in queue-flow.spec.ts.
test.use({ viewport: { width: 1000, height: 720 } });

const longId = `cthr_${'x'.repeat(130)}`;
const ticket = [
  'Hi team, customer Maria wrote in again about her refund.',
  'Earlier conversations: cthr_demo_refund_duplicate (the refund) and',
  'https://threadline.example.com/threads/cthr_demo_closed_resolved, and one the CRM',
  `mentions as cthr_demo_missing. The export also had ${longId}.`,
  'Thanks!',
].join('\n');

const boardRows = (page: Page) =>
  page.getByRole('region', { name: 'Threads on the board' }).getByRole('listitem');

test('a pasted ticket body opens a triage board, one row per ID', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Thread ID or link' });
  await box.fill(ticket);
  await box.press('Enter');
  await expect(page).toHaveURL(
    /\/triage\?ids=cthr_demo_refund_duplicate,cthr_demo_closed_resolved,cthr_demo_missing,cthr_x+$/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Triage board');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '4 threads: 1 locked, 1 closed, 1 not found, 1 invalid ID' }),
  ).toBeVisible();
  const rows = boardRows(page);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole('link')).toHaveText(
    'Refund for duplicate charge on order A-1023',
  );
  await expect(rows.nth(0)).toContainText('Escalated to billing');
  await expect(rows.nth(0)).toContainText('maria.gomez@example.com');
  await expect(rows.nth(1)).toContainText('Resolved: password reset link sent');
  await expect(rows.nth(2)).toContainText('cthr_demo_missing');
  await expect(rows.nth(2)).toContainText('Not found');
  await expect(rows.nth(3)).toContainText('Not a valid thread ID');
});

test('opening a row reuses the cached thread: no second request', async ({ page }) => {
  const threadRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/api\/threads\/[^/]+$/.test(pathname)) threadRequests.push(pathname);
  });
  await page.goto('/triage?ids=cthr_demo_refund_duplicate,cthr_demo_locked_noreason');
  await expect(page.getByRole('status').filter({ hasText: '2 threads: 2 locked' })).toBeVisible();
  expect(threadRequests.sort()).toEqual([
    '/api/threads/cthr_demo_locked_noreason',
    '/api/threads/cthr_demo_refund_duplicate',
  ]);

  await page.getByRole('link', { name: 'Refund for duplicate charge on order A-1023' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Refund for duplicate charge on order A-1023',
  );
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
  expect(threadRequests).toHaveLength(2);
});

test('the board’s list can be edited in place, and the URL follows', async ({ page }) => {
  await page.goto('/triage?ids=cthr_demo_refund_duplicate,cthr_demo_closed_resolved');
  const field = page.getByRole('textbox', { name: 'Thread IDs' });
  await expect(field).toHaveValue('cthr_demo_refund_duplicate\ncthr_demo_closed_resolved');
  await field.fill('cthr_demo_locked_noreason\ncthr_demo_active_untitled');
  await page.getByRole('button', { name: 'Update board' }).click();
  await expect(page).toHaveURL(
    /\/triage\?ids=cthr_demo_locked_noreason,cthr_demo_active_untitled$/,
  );
  await expect(
    page.getByRole('status').filter({ hasText: '2 threads: 1 active, 1 locked' }),
  ).toBeVisible();
  await expect(boardRows(page).nth(1).getByRole('link')).toHaveText('Untitled thread');
});

test('the triage board has no axe violations in light or dark mode and fits 375 px', async ({
  page,
  expectAccessibleInBothThemes,
}) => {
  await page.goto(
    `/triage?ids=cthr_demo_refund_duplicate,cthr_demo_closed_resolved,cthr_demo_missing,${longId}`,
  );
  await expect(
    page.getByRole('status').filter({ hasText: /^4 threads:.*not found/ }),
  ).toBeVisible();
  await expectAccessibleInBothThemes();
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoHorizontalScroll(page);
});
