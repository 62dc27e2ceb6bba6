/**
 * Issue 5, budget 3: a thread seen before in the session opens from cache with no request in its
 * way, and Back/Forward between the list and a thread keep each page's position. Headless
 * Chromium against the production build in demo mode; median of 5 rounds, a fresh context each.
 */
import { expect, type Page } from '@playwright/test';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { launchBrowser } from './browser';
import { startApp, stop } from './processes';

const ROUNDS = 5;
const SHORT = 'Refund for duplicate charge on order A-1023';
const LONG = 'Webhook deliveries failing for store #2231';
const LONG_LIST = '/threads?user=ops-team@northwind-outfitters.example';

const firstRow = (page: Page) =>
  page.getByRole('list', { name: 'Transcript' }).locator('[data-row-index]').first();

function firstVisibleRow(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-row-index]')) {
      if (row.getBoundingClientRect().bottom > 0) return Number(row.dataset.rowIndex);
    }
    return -1;
  });
}

/** Milliseconds from clicking the thread's link until its first item is on screen. */
async function openFromList(page: Page, title: string): Promise<number> {
  const started = performance.now();
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(firstRow(page)).toBeVisible({ timeout: 30_000 });
  return performance.now() - started;
}

interface Round {
  coldMs: number;
  revisitMs: number;
  revisitRequests: number;
  listOffsetError: number;
  longShift: number;
}

async function oneRound(page: Page, base: string): Promise<Round> {
  const threadRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/threads/cthr_')) threadRequests.push(path);
  });

  await page.goto(`${base}/threads`);
  const link = page.getByRole('link', { name: SHORT, exact: true }).first();
  await link.scrollIntoViewIfNeeded();
  const coldMs = await openFromList(page, SHORT);
  await page.goBack();
  await expect(link).toBeVisible();
  // The list scrolls here in a short window; Back must return to this exact offset.
  await page.evaluate(() => window.scrollTo(0, 180));
  await page.waitForTimeout(100);
  const listScroll = await page.evaluate(() => window.scrollY);
  await page.getByRole('link', { name: SHORT, exact: true }).first().click();
  await expect(firstRow(page)).toBeVisible();
  await page.goBack();
  await expect(link).toBeAttached();
  await page.waitForTimeout(200);
  const listOffsetError = Math.abs((await page.evaluate(() => window.scrollY)) - listScroll);

  const before = threadRequests.length;
  const revisitMs = await openFromList(page, SHORT);
  const revisitRequests = threadRequests.length - before;

  await page.goto(`${base}${LONG_LIST}`);
  await openFromList(page, LONG);
  await expect(page.getByRole('status').filter({ hasText: /^\d[\d,]* items$/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.mouse.wheel(0, 6000);
  await page.waitForTimeout(400);
  const leftAt = await firstVisibleRow(page);
  await page.goBack();
  await page.goForward();
  await expect(firstRow(page)).toBeVisible();
  await page.waitForTimeout(600);
  const longShift = Math.abs((await firstVisibleRow(page)) - leftAt);

  return { coldMs, revisitMs, revisitRequests, listOffsetError, longShift };
}

export const revisit: Benchmark = {
  name: 'revisits',
  async run() {
    const app = await startApp();
    const browser = await launchBrowser();
    const rounds: Round[] = [];
    try {
      for (let i = 0; i < ROUNDS; i += 1) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 520 } });
        rounds.push(await oneRound(await context.newPage(), app.base));
        await context.close();
      }
    } finally {
      await browser.close();
      await stop(app.child);
    }
    const worst = (pick: (r: Round) => number) => Math.max(...rounds.map(pick));
    const requests = worst((r) => r.revisitRequests);
    const offset = worst((r) => r.listOffsetError);
    const shift = worst((r) => r.longShift);
    const rows: BenchRow[] = [
      {
        name: 'first open from the list, click → first item (median)',
        value: round(median(rounds.map((r) => r.coldMs))),
        unit: 'ms',
      },
      {
        name: 'revisit, click → first item (median)',
        value: round(median(rounds.map((r) => r.revisitMs))),
        unit: 'ms',
      },
      {
        name: 'revisit: requests for the thread (worst round)',
        value: requests,
        unit: 'requests',
        budget: '0',
        pass: requests === 0,
      },
      {
        name: 'Back to the list: scroll offset error (worst)',
        value: offset,
        unit: 'px',
        budget: '0',
        pass: offset === 0,
      },
      {
        name: 'Back/Forward to a 640-item thread: first item shift (worst)',
        value: shift,
        unit: 'items',
        budget: '≤ 1',
        pass: shift <= 1,
      },
    ];
    return rows;
  },
};
