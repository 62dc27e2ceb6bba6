import type { Page, Route } from '@playwright/test';
import { timeFind } from './find-timing';
import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

const HUGE = '/threads/cthr_demo_huge_escalation';
const FIRST_ITEM = /Can you check sync batch 4100\?/;
const LAST_ITEM = /ledger reconciled for every store/;
const MAX_TRANSCRIPT_ELEMENTS = 3000;

const lastItem = (page: Page) =>
  page
    .getByRole('list', { name: 'Transcript' })
    .getByRole('article')
    .filter({ hasText: LAST_ITEM });

test.describe.configure({ timeout: 120_000 });

function transcriptElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('ol[aria-label="Transcript"], ol[aria-label="Transcript"] *')
        .length,
  );
}

async function waitUntilLoaded(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^10,000 items$/ })).toBeVisible({
    timeout: 90_000,
  });
}

test('a 10,000-item thread keeps the DOM bounded at the top, the middle and the end', async ({
  page,
}) => {
  await page.goto(HUGE);
  await expect(page.getByText(FIRST_ITEM)).toBeVisible();
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
  await waitUntilLoaded(page);
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  // Rows around the middle have been rendered in place of the ones at the top.
  await expect(
    page.locator('[data-row-index="4999"], [data-row-index="5000"]').first(),
  ).toBeAttached();
  await expect(page.getByText(FIRST_ITEM)).toHaveCount(0);
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);

  // Everything is loaded: the button simply goes to the end, and focus follows.
  await page.getByRole('button', { name: 'Jump to latest item' }).click();
  const last = lastItem(page);
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the last item.' }),
  ).toBeVisible();
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
});

test('"Jump to latest" while loading shows the newest page first, then fills in without moving', async ({
  page,
  expectAccessible,
}) => {
  // Pages after the first are held back until released, so the loading state lasts.
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/items\?.*after=/, (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  const newestRequests: URLSearchParams[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/items') && url.searchParams.get('order') === 'desc') {
      newestRequests.push(url.searchParams);
    }
  });
  await page.goto(HUGE);
  await expect(page.getByText(FIRST_ITEM)).toBeVisible();
  const progress = page.getByRole('status').filter({ hasText: /^Loading transcript…/ });
  await expect(progress).toHaveText('Loading transcript… 100 items so far');

  const jump = page.getByRole('button', { name: 'Jump to latest item' });
  await jump.focus();
  await page.keyboard.press('Enter');
  const last = lastItem(page);
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();
  // One request for the newest page, no walk through the pages in between.
  expect(newestRequests.map((params) => params.get('limit'))).toEqual(['100']);
  await expect(
    page.getByRole('status').filter({
      hasText: 'Showing the newest items. Earlier items are still loading.',
    }),
  ).toBeVisible();
  await expect(progress).toHaveText('Loading transcript… 200 items so far');

  // Scrolling up from the newest items reaches the marked gap.
  const marker = page.getByRole('note', { name: 'Earlier items still loading' });
  for (let step = 0; step < 40 && !(await marker.isVisible()); step++) {
    await page.mouse.wheel(0, -1500);
  }
  // Rendered (it may sit in the rows kept just outside the window); one more nudge shows it.
  await marker.scrollIntoViewIfNeeded();
  await expect(marker).toBeInViewport();
  await expect(marker).toContainText('100 loaded from the start so far');
  await expectAccessible();

  // Back at the end, the background load resumes and meets the newest page: the marker goes,
  // nothing is doubled, and the reader is still on the last item.
  await jump.click();
  await expect(last).toBeFocused();
  holding = false;
  for (const route of held) await route.continue();
  await waitUntilLoaded(page);
  await expect(marker).toHaveCount(0);
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'All earlier items have loaded.' }),
  ).toBeVisible();
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
});

/** Read in the page itself, without locators: how far loading got, and where the last item is. */
function loadingAndLastItem(page: Page) {
  return page.evaluate((lastText) => {
    const progress = [...document.querySelectorAll('[role="status"]')]
      .map((element) => element.textContent)
      .find((text) => /^Loading transcript…|^10,000 items$/.test(text));
    const loaded = Number(/([\d,]+) items/.exec(progress ?? '')?.[1]?.replace(',', '') ?? 0);
    const last = [...document.querySelectorAll('ol[aria-label="Transcript"] article')].find(
      (article) => article.textContent.includes(lastText),
    );
    const box = last?.getBoundingClientRect();
    const onScreen = !!box && box.bottom > 0 && box.top < window.innerHeight;
    return { loaded, onScreen };
  }, 'ledger reconciled for every store');
}

test('after "Jump to latest", pages arriving one after another above keep the last item on screen', async ({
  page,
}) => {
  await page.goto(HUGE);
  await expect(page.getByText(FIRST_ITEM)).toBeVisible();
  await page.getByRole('button', { name: 'Jump to latest item' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: 'Showing the newest items. Earlier items are still loading.',
    }),
  ).toBeVisible();
  // No page is held back here: about a hundred are inserted above while the reader waits, and
  // the last item stays on screen at every step (sampled as loading goes on).
  const samples: { loaded: number; onScreen: boolean }[] = [];
  await expect
    .poll(
      async () => {
        const sample = await loadingAndLastItem(page);
        samples.push(sample);
        return sample.loaded;
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(10_000);
  const inserting = samples.filter((sample) => sample.loaded > 0 && sample.loaded < 10_000);
  expect(inserting.length, 'samples taken while pages were arriving').toBeGreaterThan(2);
  expect(samples.filter((sample) => !sample.onScreen)).toEqual([]);
  await expect(lastItem(page)).toBeInViewport();
  await expect(lastItem(page)).toBeFocused();
});

test('find over all 10,000 items answers within 200 ms of typing', async ({ page }) => {
  await page.goto(HUGE);
  await waitUntilLoaded(page);
  const find = page.getByRole('search', { name: 'Find in thread' });
  const count = find.getByRole('status');
  const ms = await timeFind(page, 'ledger reconciled');
  await expect(count).toHaveText('1 of 1');
  expect(ms, 'ms from input to count').toBeLessThan(200);
  await expect(lastItem(page)).toBeInViewport();
});
