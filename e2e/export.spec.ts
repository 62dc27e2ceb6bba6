import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ItemsPage } from '@/shared/api-contract';
import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.
const THREAD = 'cthr_demo_refund_duplicate';

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/threads/${THREAD}`);
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
});

function exportBar(page: Page) {
  return page.getByRole('region', { name: 'Export' });
}

function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('Copy as Markdown puts the readable transcript on the clipboard', async ({ page }) => {
  await exportBar(page).getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(exportBar(page).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const markdown = await clipboardText(page);
  expect(markdown).toContain('# Refund for duplicate charge on order A-1023');
  expect(markdown).toContain('- Status: Locked: Escalated to billing');
  expect(markdown).toContain('### Tool call: lookup_order (completed)');
  expect(markdown).toContain('"order_id": "A-1023"');
  expect(markdown).toContain('Attachments: bank-statement-nov.png, receipt-A-1023.pdf');
  expect(markdown).toContain('[https://help.example.com/billing/refunds]');
});

test('the handoff summary masks contacts unless asked not to', async ({ page }) => {
  const bar = exportBar(page);
  const mask = bar.getByRole('checkbox', { name: 'Mask e-mail addresses and phone numbers' });
  await expect(mask).toBeChecked();
  await bar.getByRole('button', { name: 'Copy handoff summary' }).click();
  await expect(bar.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const masked = await clipboardText(page);
  expect(masked).toContain(`Thread ID: ${THREAD}`);
  expect(masked).toContain(`/threads/${THREAD}`);
  expect(masked).toContain('User: m***@example.com');
  expect(masked).toMatch(/^Locked — the customer can't send messages · Escalated to billing\n/);
  expect(masked).toContain('Created: 2026-11-24 14:05:00 UTC');
  expect(masked).toContain('Last 3 turns:');
  expect(masked).toContain('Will someone email me when it is approved?');
  expect(masked).toContain('A-1023');
  expect(masked).not.toContain('maria.gomez@example.com');

  await mask.uncheck();
  await bar.getByRole('button', { name: 'Copy handoff summary' }).click();
  await expect.poll(() => clipboardText(page)).toContain('User: maria.gomez@example.com');
});

test('Download JSON saves the thread and every item exactly as the API returned them', async ({
  page,
}) => {
  const downloading = page.waitForEvent('download');
  await exportBar(page).getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${THREAD}.json`);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    thread: unknown;
    items: unknown[];
  };

  // The server serves each body as upstream sent it beside what it validated (`raw`), or the
  // item alone when that is exactly what upstream sent.
  const detail = (await (await page.request.get(`/api/threads/${THREAD}`)).json()) as {
    raw: unknown;
  };
  const page1 = (await (
    await page.request.get(`/api/threads/${THREAD}/items?order=asc&limit=100`)
  ).json()) as ItemsPage;
  expect(page1.has_more).toBe(false);
  const upstreamItems = page1.data.map((entry) =>
    entry.kind === 'unknown' || 'raw' in entry ? entry.raw : entry.item,
  );
  expect(saved.items).toHaveLength(12);
  expect(saved).toEqual({ thread: detail.raw, items: upstreamItems });
});
