import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

/** Every page the app routes to, for the narrow-window check. */
const pages = [
  { name: 'home', path: '/', ready: 'Review a ChatKit thread' },
  { name: 'thread', path: '/threads/cthr_demo_refund_duplicate', ready: 'Refund for duplicate' },
  { name: 'hostile thread', path: '/threads/cthr_demo_hostile', ready: '<img src=x' },
  { name: 'attachments', path: '/threads/cthr_demo_attachments', ready: '' },
  { name: 'running tools', path: '/threads/cthr_demo_tool_running', ready: '' },
  { name: 'long thread', path: '/threads/cthr_demo_long_history', ready: 'Webhook deliveries' },
  { name: 'invalid ID', path: '/threads/nope', ready: 'That is not a valid thread ID' },
  { name: 'not found', path: '/no/such/page', ready: 'Page not found' },
];

/**
 * axe once per page kind and theme (the thread list, triage board, sign-in page and the
 * "Threadline was updated" notice are scanned in their own specs). Each kind is scanned in its
 * fullest state: home with recently viewed threads, the thread page with find's highlights on
 * the two threads that between them carry every item kind.
 */
const kinds = [
  {
    name: 'home with recently viewed threads',
    open: async (page: Page) => {
      await page.goto('/threads/cthr_demo_refund_duplicate');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Refund for duplicate/);
      await page.getByRole('link', { name: 'Threadline' }).click();
      await expect(page.getByRole('region', { name: 'Recently viewed' })).toContainText(
        'Refund for duplicate charge',
      );
    },
  },
  {
    name: 'thread with find highlights',
    open: async (page: Page) => {
      await page.goto('/threads/cthr_demo_refund_duplicate');
      await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
      await page.getByRole('searchbox', { name: 'Find in thread' }).fill('A-1023');
      await expect(
        page.getByRole('search', { name: 'Find in thread' }).getByRole('status'),
      ).toHaveText('1 of 7');
    },
  },
  {
    name: 'thread with widgets, task groups and hostile content',
    open: async (page: Page) => {
      await page.goto('/threads/cthr_demo_hostile');
      await expect(page.getByRole('status').filter({ hasText: /^\d+ items$/ })).toBeVisible();
    },
  },
  {
    name: 'thread that cannot be opened',
    open: async (page: Page) => {
      await page.goto('/threads/nope');
      await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
        'That is not a valid thread ID',
      );
    },
  },
  {
    name: 'page not found',
    open: async (page: Page) => {
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    },
  },
];

for (const kind of kinds) {
  test(`${kind.name}: no axe violations in light or dark mode`, async ({
    page,
    expectAccessibleInBothThemes,
  }) => {
    await kind.open(page);
    await expectAccessibleInBothThemes();
  });
}

test('every thread page fits a 375 px wide window', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const target of pages) {
    await page.goto(target.path);
    await expect(page.getByRole('heading').first()).toContainText(target.ready);
    await page.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(page);
  }
});

test('the thread page can be worked by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeFocused();
  await page.keyboard.type('cthr_demo_refund_duplicate');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Refund for duplicate/);
  // Tab reaches the collapsible tool details in the transcript, then the facts rail's copy buttons.
  const reached = new Set<string>();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    reached.add(name);
  }
  expect([...reached]).toEqual(expect.arrayContaining(['Copy ID', 'Copy link']));
  expect([...reached].some((name) => /Arguments/.test(name))).toBe(true);
});
