/**
 * The first-load budget (issue 5, raised by issue 10): JavaScript and CSS a cold browser
 * downloads for a deep link, gzip, from the production build. The same measurement is held by CI
 * in e2e/first-load.demo.spec.ts; here it also covers the long threads and the home page, for
 * the record.
 */
import { expect, type Page } from '@playwright/test';
import { FIRST_LOAD_BUDGET, isWidgetChunk, kb, measureFirstLoad } from '../e2e/first-load';
import type { Benchmark, BenchRow } from './benchmark';
import { launchBrowser } from './browser';
import { startApp, stop } from './processes';

const firstItem = async (page: Page) => {
  await expect(
    page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').first(),
  ).toBeVisible({ timeout: 30_000 });
};
const homeBox = async (page: Page) => {
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' }).first()).toBeVisible();
};

const PAGES = [
  {
    label: 'deep link, typical thread',
    path: '/threads/cthr_demo_refund_duplicate',
    ready: firstItem,
    budget: true,
  },
  {
    label: 'deep link, closed thread',
    path: '/threads/cthr_demo_closed_resolved',
    ready: firstItem,
    budget: true,
  },
  {
    label: 'deep link, 640-item thread',
    path: '/threads/cthr_demo_long_history',
    ready: firstItem,
    budget: false,
  },
  { label: 'home page', path: '/', ready: homeBox, budget: false },
];

export const firstLoad: Benchmark = {
  name: 'first load (gzip)',
  async run() {
    const app = await startApp();
    const browser = await launchBrowser();
    const rows: BenchRow[] = [];
    try {
      for (const { label, path, ready, budget } of PAGES) {
        const context = await browser.newContext();
        const load = await measureFirstLoad(await context.newPage(), app.base + path, ready);
        await context.close();
        const widgetBytes = load.assets
          .filter((asset) => isWidgetChunk(asset.path))
          .reduce((sum, asset) => sum + asset.gzipBytes, 0);
        const js = kb(load.jsBytes - widgetBytes);
        const css = kb(load.cssBytes);
        rows.push({
          name: `${label}: JavaScript`,
          value: js,
          unit: 'kB',
          ...(budget && {
            budget: `≤ ${FIRST_LOAD_BUDGET.jsKB}`,
            pass: js <= FIRST_LOAD_BUDGET.jsKB,
          }),
        });
        if (widgetBytes > 0) {
          const widget = kb(widgetBytes);
          rows.push({
            name: `${label}: widget renderer JavaScript`,
            value: widget,
            unit: 'kB',
            ...(budget && {
              budget: `≤ ${FIRST_LOAD_BUDGET.widgetKB}`,
              pass: widget <= FIRST_LOAD_BUDGET.widgetKB,
            }),
          });
        }
        rows.push({
          name: `${label}: CSS`,
          value: css,
          unit: 'kB',
          ...(budget && {
            budget: `≤ ${FIRST_LOAD_BUDGET.cssKB}`,
            pass: css <= FIRST_LOAD_BUDGET.cssKB,
          }),
        });
      }
    } finally {
      await browser.close();
      await stop(app.child);
    }
    return rows;
  },
};
