import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 5, budget 3: a thread seen earlier in the session opens from cache, with no request in
// its way, and moving between the queue, a thread and back keeps each page's scroll position.
// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

test.use({ viewport: { width: 1000, height: 520 } });

const transcriptRows = (page: Page) =>
  page.getByRole('list', { name: 'Transcript' }).locator('[data-row-index]');

/** Index of the first transcript row whose top is inside the viewport. */
function firstVisibleRow(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-row-index]')) {
      if (row.getBoundingClientRect().bottom > 0) return Number(row.dataset.rowIndex);
    }
    return -1;
  });
}

/** From now on every API answer takes `ms`: whatever still renders at once came from cache. */
async function slowApi(page: Page, ms: number): Promise<string[]> {
  const requested: string[] = [];
  await page.route('**/api/**', async (route) => {
    requested.push(new URL(route.request().url()).pathname);
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
  return requested;
}

test('back to the thread list returns to the row the agent left, and the thread opens again from cache', async ({
  page,
}) => {
  await page.goto('/threads');
  const rows = page.getByRole('region', { name: 'Threads' }).getByRole('listitem');
  await expect(rows.nth(5)).toBeVisible();
  const target = rows.last().getByRole('link');
  await target.scrollIntoViewIfNeeded();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll, 'the list is long enough to scroll').toBeGreaterThan(100);
  const title = (await target.textContent()) ?? '';
  // The rows in view fill in their last activity first (each in an idle moment of its own, so a
  // click in the first 300 ms leaves some to ask for on return): wait for them, as an agent
  // reading the row would, so that only the return itself is judged.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('section[aria-label="Threads"] li')].some((row) => {
          const box = row.getBoundingClientRect();
          const near = box.bottom > -200 && box.top < window.innerHeight + 200;
          return near && row.querySelector('.animate-pulse') !== null;
        }),
      ),
    )
    .toBe(false);
  await target.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(transcriptRows(page).first()).toBeVisible();

  const requested = await slowApi(page, 3000);
  await page.goBack();
  await expect(page.getByRole('link', { name: title })).toBeInViewport({ timeout: 1000 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll);

  const started = Date.now();
  await page.getByRole('link', { name: title }).click();
  await expect(transcriptRows(page).first()).toBeVisible({ timeout: 1000 });
  expect(Date.now() - started, 'rendered from cache, not after a 3 s request').toBeLessThan(1000);
  expect(requested.filter((path) => path.startsWith('/api/threads/'))).toEqual([]);
});

test('back to the list and forward again shows a long, virtualized thread at the items it was left on', async ({
  page,
}) => {
  await page.goto('/threads?user=ops-team@northwind-outfitters.example');
  await page.getByRole('link', { name: 'Webhook deliveries failing for store #2231' }).click();
  // Closed: it opens at its newest items; the agent scrolls back up through them.
  await expect(page.getByText(/72 hours without a single failed delivery/)).toBeInViewport({
    timeout: 15_000,
  });
  const opened = await firstVisibleRow(page);
  await page.mouse.wheel(0, -2500);
  await expect.poll(() => firstVisibleRow(page)).toBeLessThan(opened - 5);
  // Let the virtualizer measure the rows now on screen: the first visible row holds still.
  let leftAt = -1;
  await expect
    .poll(async () => {
      const before = leftAt;
      leftAt = await firstVisibleRow(page);
      return leftAt === before;
    })
    .toBe(true);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/threads/i);

  const requested = await slowApi(page, 3000);
  await page.goForward();
  await expect(transcriptRows(page).first()).toBeVisible({ timeout: 1000 });
  await expect
    .poll(() => firstVisibleRow(page), { timeout: 3000 })
    .toBeGreaterThanOrEqual(leftAt - 1);
  expect(Math.abs((await firstVisibleRow(page)) - leftAt)).toBeLessThanOrEqual(1);
  expect(
    requested.filter((path) => path.startsWith('/api/threads/cthr_demo_long_history')),
  ).toEqual([]);
});
