import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A deploy replaces the hashed chunks a tab opened earlier still asks for. The code is the same
// in both modes, so this runs in demo mode only.

/** Answers requests for the chunk whose file name starts with `name`: aborted while `fail()`. */
async function breakChunk(page: Page, name: string, fail: () => boolean): Promise<string[]> {
  const asked: string[] = [];
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) => {
    asked.push(route.request().url());
    return fail() ? route.abort() : route.continue();
  });
  return asked;
}

test('a page whose code cannot be downloaded says Threadline was updated, and Reload recovers', async ({
  page,
  expectAccessible,
}) => {
  let deployed = true;
  const asked = await breakChunk(page, 'thread-list-route', () => deployed);
  await page.goto('/threads');
  const notice = page.getByRole('alert').filter({ hasText: 'Threadline was updated — reload' });
  await expect(notice).toBeVisible();
  expect(asked, 'tried once more before giving up').toHaveLength(2);
  // The header stays: the agent can still go elsewhere.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectAccessible();

  deployed = false;
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('region', { name: 'Threads' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('a chunk that fails once is fetched again, and the page works as usual', async ({ page }) => {
  let failures = 1;
  const asked = await breakChunk(page, 'virtual-transcript', () => failures-- > 0);
  await page.goto('/threads/cthr_demo_long_history');
  // Only the virtual list positions its rows (data-index is the virtualizer's own attribute).
  const rows = page.getByRole('list', { name: 'Transcript' }).locator('li[data-index]');
  await expect(rows.first()).toBeAttached();
  expect(asked).toHaveLength(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('export code that cannot be downloaded says so at the export buttons', async ({ page }) => {
  await breakChunk(page, 'export-formats', () => true);
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const exports = page.getByRole('region', { name: 'Export' });
  await exports.getByRole('button', { name: 'Copy as Markdown' }).click();
  const notice = exports.getByRole('alert');
  await expect(notice).toContainText('Threadline was updated — reload');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
});
