import type { Page } from '@playwright/test';
import { timeFind } from './find-timing';
import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

const HUGE = '/threads/cthr_demo_huge_escalation';
const FIRST_ITEM = /Can you check sync batch 4100\?/;
const LAST_ITEM = /ledger reconciled for every store/;
const MAX_TRANSCRIPT_ELEMENTS = 3000;

const transcriptItem = (page: Page, text: RegExp) =>
  page.getByRole('list', { name: 'Transcript' }).getByRole('article').filter({ hasText: text });
const lastItem = (page: Page) => transcriptItem(page, LAST_ITEM);

test.describe.configure({ timeout: 120_000 });

function transcriptElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('ol[aria-label="Transcript"], ol[aria-label="Transcript"] *')
        .length,
  );
}

/** The transcript's own count: "10,000 items" once complete, "N items loaded · …" before. */
function loadedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = [...document.querySelectorAll('[role="status"]')]
      .map((element) => element.textContent)
      .find((candidate) => /^[\d,]+ items( loaded|$)/.test(candidate));
    return Number(/^([\d,]+) items/.exec(text ?? '')?.[1]?.replaceAll(',', '') ?? 0);
  });
}

/** Requests for items, as "order after limit". */
function recordItemRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('/items')) return;
    const query = url.searchParams;
    seen.push(['order', 'after', 'limit'].map((name) => query.get(name) ?? '-').join(' '));
  });
  return seen;
}

test('a closed 10,000-item thread opens at its newest items with one request for them', async ({
  page,
}) => {
  const requests = recordItemRequests(page);
  await page.goto(HUGE);
  const last = lastItem(page);
  // The first open builds the demo's 10,000 items on the server: allow for it.
  await expect(last).toBeInViewport({ timeout: 15_000 });
  // The newest page, newest first; nothing walked from the start.
  expect(requests[0]).toBe('desc - 100');
  expect(requests.filter((request) => request.startsWith('asc'))).toEqual([]);
  await expect(
    page.getByRole('status').filter({ hasText: /^100 items loaded · earlier items load/ }),
  ).toBeVisible();
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);

  // Scrolling up loads the pages before, one at a time, and the DOM stays bounded.
  for (let step = 0; step < 30 && (await loadedCount(page)) < 300; step++) {
    await page.mouse.wheel(0, -2500);
  }
  await expect.poll(() => loadedCount(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(300);
  expect(requests.some((request) => /^desc cthi_huge_escalation_\d+ 100$/.test(request))).toBe(
    true,
  );
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
});

test('opening at the newest items builds only the rows near them on the way', async ({ page }) => {
  // Every row the virtual list ever puts in the page, by its index in what is loaded.
  await page.addInitScript(() => {
    const built: number[] = [];
    Object.assign(window, { builtRows: built });
    new MutationObserver((mutations) => {
      for (const mutation of mutations)
        for (const node of mutation.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          // A row comes alone, or inside the list or page that comes with it.
          const rows = [node, ...node.querySelectorAll<HTMLElement>('[data-index]')];
          for (const row of rows)
            if (row.dataset.index !== undefined) built.push(Number(row.dataset.index));
        }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(HUGE);
  await expect(lastItem(page)).toBeInViewport({ timeout: 15_000 });
  const built = await page.evaluate(() => (window as unknown as { builtRows: number[] }).builtRows);
  // The newest page is rows 0–99. Rows from its start (the oldest of them), built, measured and
  // laid out only to be replaced when the scroll reaches the end, would be a long task on a phone.
  expect(built.length).toBeGreaterThan(0);
  expect(Math.min(...built)).toBeGreaterThanOrEqual(80);
});

test('"Jump to start" and "Jump to latest" move between the ends without walking the thread', async ({
  page,
  expectAccessible,
}) => {
  const requests = recordItemRequests(page);
  await page.goto(HUGE);
  await expect(lastItem(page)).toBeInViewport({ timeout: 15_000 });

  await page.getByRole('button', { name: 'Jump to start' }).click();
  const first = transcriptItem(page, FIRST_ITEM);
  await expect(first).toBeInViewport();
  await expect(first).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the first item.' }),
  ).toBeVisible();
  expect(requests.filter((request) => request.startsWith('asc -'))).toHaveLength(1);
  await expectAccessible();

  const before = requests.length;
  const jump = page.getByRole('button', { name: 'Jump to latest item' });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(lastItem(page)).toBeInViewport();
  await expect(lastItem(page)).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the last item.' }),
  ).toBeVisible();
  // The newest page was already here: no request was needed.
  expect(requests.slice(before).filter((request) => request === 'desc - 100')).toEqual([]);
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
});

test('an item link deep in the thread loads around it in at most three requests', async ({
  page,
}) => {
  const requests = recordItemRequests(page);
  await page.goto(`${HUGE}#cthi_huge_escalation_09000`);
  const target = page.locator('article[aria-current="true"]');
  await expect(target).toBeInViewport({ timeout: 15_000 });
  await expect(target).toBeFocused();
  expect(requests.length, requests.join(', ')).toBeLessThanOrEqual(3);
  expect(requests).toContain('asc cthi_huge_escalation_09000 50');
  await target.getByRole('button', { name: 'Raw JSON' }).click();
  await expect(target).toContainText('"id": "cthi_huge_escalation_09000"');
});

test('find answers from what is loaded, says so, and finds the rest as it loads', async ({
  page,
}) => {
  await page.goto(HUGE);
  await expect(lastItem(page)).toBeInViewport({ timeout: 15_000 });
  const find = page.getByRole('search', { name: 'Find in thread' });
  const count = find.getByRole('status');
  // The closing item is in the newest page: answered at once, from loaded items.
  const ms = await timeFind(page, 'ledger reconciled');
  // The bench holds the 300 ms budget on a quiet machine; this bound only catches a search
  // that waits for loading.
  expect(ms, 'ms from input to count').toBeLessThan(1000);
  await expect(count).toContainText(/^1 of 1 · 1 match in the [\d,]+ items loaded so far/);

  // The first item is not loaded yet: find says where it has looked, loads the rest from both
  // ends, and the last item stays on screen while pages are inserted above it.
  await find.getByRole('searchbox').fill('check sync batch 4100?');
  await expect(count).toHaveText(
    /^No matches in the [\d,]+ items loaded so far — searching the rest…$/,
  );
  const samples: { loaded: number; onScreen: boolean }[] = [];
  await expect
    .poll(
      async () => {
        const loaded = await loadedCount(page);
        const onScreen = await lastItem(page).isVisible();
        samples.push({ loaded, onScreen });
        return loaded;
      },
      { timeout: 100_000, intervals: [250] },
    )
    .toBe(10_000);
  expect(
    samples.filter((sample) => sample.loaded > 100 && sample.loaded < 10_000).length,
  ).toBeGreaterThan(2);
  await expect(count).toHaveText('1 of 1');
  await find.getByRole('searchbox').press('Enter');
  await expect(transcriptItem(page, FIRST_ITEM)).toBeInViewport();
  expect(await transcriptElements(page)).toBeLessThanOrEqual(MAX_TRANSCRIPT_ELEMENTS);
});
