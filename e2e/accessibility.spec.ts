import { expect, expectNoHorizontalScroll, test } from './fixtures';

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

for (const scheme of ['light', 'dark'] as const) {
  for (const target of pages) {
    test(`${target.name} has no axe violations in ${scheme} mode`, async ({
      page,
      expectAccessible,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(target.path);
      await expect(page.getByRole('heading').first()).toContainText(target.ready);
      await page.waitForLoadState('networkidle');
      await expectAccessible();
    });
  }
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
  // Tab reaches the copy buttons and the collapsible tool details.
  const reached = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    reached.add(name);
  }
  expect([...reached]).toEqual(expect.arrayContaining(['Copy ID', 'Copy link']));
  expect([...reached].some((name) => /Arguments/.test(name))).toBe(true);
});
