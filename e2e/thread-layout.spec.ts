import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The thread page's layout at a laptop's 1440×900 and a phone's 390×844: the transcript comes
// first, the status is said in words, and the facts stay in view while the agent scrolls.

const REFUND = '/threads/cthr_demo_refund_duplicate';
const LONG = '/threads/cthr_demo_long_history';
const LOCKED = "Locked — the customer can't send messages";

const transcript = (page: Page) => page.getByRole('list', { name: 'Transcript' });
const firstItem = (page: Page) => transcript(page).getByRole('article').first();
const rail = (page: Page) => page.getByRole('complementary', { name: 'Thread facts' });

async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.y;
}

/** Opacity as the eye sees it: the element's own times every ancestor's. */
function seenOpacity(locator: Locator): Promise<number> {
  return locator.evaluate((node) => {
    let opacity = 1;
    for (let at: Element | null = node; at; at = at.parentElement)
      opacity *= Number(getComputedStyle(at).opacity);
    return opacity;
  });
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the status is said in words beside a transcript that starts near the top', async ({
    page,
    expectAccessibleInBothThemes,
  }) => {
    // Two axe scans of a full thread page: minutes on a busy two-core machine.
    test.slow();
    await page.goto(REFUND);
    await expect(rail(page)).toContainText(LOCKED);
    await expect(rail(page)).toContainText('Escalated to billing');
    await expect(rail(page)).toContainText('maria.gomez@example.com');
    await expect(rail(page).getByRole('region', { name: 'Export' })).toBeVisible();
    await expect(rail(page).getByRole('button', { name: 'Copy ID' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Refund for duplicate charge on order A-1023',
    );
    await expect(firstItem(page)).toBeVisible();
    expect(await topOf(firstItem(page))).toBeLessThanOrEqual(300);
    await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
    await expectAccessibleInBothThemes();
  });

  test('the rail stays in view while the transcript scrolls three screens', async ({ page }) => {
    await page.goto(LONG);
    await expect(firstItem(page)).toBeVisible();
    for (let screen = 1; screen <= 3; screen += 1) await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(2700);
    await expect(rail(page)).toBeInViewport();
    await expect(rail(page).getByRole('button', { name: 'Copy handoff summary' })).toBeInViewport();
    expect(await topOf(rail(page))).toBeLessThanOrEqual(16);
  });

  test('locked without a reason, closed and active threads each say so in words', async ({
    page,
  }) => {
    await page.goto('/threads/cthr_demo_locked_noreason');
    await expect(rail(page)).toContainText(LOCKED);
    await expect(rail(page)).toContainText('no reason given');
    await page.goto('/threads/cthr_demo_closed_resolved');
    await expect(rail(page)).toContainText("Closed — the customer can't send messages");
    await expect(rail(page)).toContainText('Resolved: password reset link sent');
    await page.goto('/threads/cthr_demo_attachments');
    await expect(rail(page)).toContainText('Active — the customer can still write');
  });

  test('the end of the thread says what the customer sees, with no reply box', async ({ page }) => {
    await page.goto(REFUND);
    const end = page.getByRole('region', { name: 'What the customer sees' });
    await expect(end).toContainText('End of thread');
    await expect(end).toContainText(`${LOCKED} (Escalated to billing)`);
    await expect(end.getByRole('textbox')).toHaveCount(0);
    await expect(end.getByRole('button')).toHaveCount(0);
  });

  test('item actions show on keyboard focus, and items show a compact time', async ({ page }) => {
    await page.goto(REFUND);
    const item = firstItem(page);
    const copy = item.getByRole('button', { name: 'Copy link to this item' });
    await page.mouse.move(0, 0);
    await expect.poll(() => seenOpacity(copy)).toBe(0);
    await copy.focus();
    await expect.poll(() => seenOpacity(copy)).toBe(1);

    const time = item.locator('time');
    await expect(time).toHaveText(/^\d{1,2}:\d{2}(\s?[AP]M)?$/);
    await expect(time).toHaveAttribute('title', /2026 .*\d{1,2}:\d{2}:\d{2}/);
    await expect(time).toHaveAttribute('aria-label', /2026/);
    // The date is on the separator above the day's first item.
    await expect(transcript(page).getByRole('separator', { name: /Nov 24, 2026/ })).toBeVisible();
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a sticky bar says the status, and the first item is on the first screen', async ({
    page,
    expectAccessibleInBothThemes,
  }) => {
    // Two axe scans of a full thread page: minutes on a busy two-core machine.
    test.slow();
    await page.goto(REFUND);
    const bar = page.getByText("Locked · customer can't write");
    await expect(bar).toBeVisible();
    await expect(rail(page)).toHaveCount(0);
    await expect(firstItem(page)).toBeVisible();
    expect(await topOf(firstItem(page))).toBeLessThan(844);
    await expectAccessibleInBothThemes();

    for (let screen = 1; screen <= 3; screen += 1) await page.mouse.wheel(0, 844);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(844);
    await expect(bar).toBeInViewport();
    expect(await topOf(page.getByRole('button', { name: 'Thread actions' }))).toBeLessThan(60);
  });

  test('the thread actions menu works by keyboard alone', async ({
    page,
    context,
    expectAccessible,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(REFUND);
    await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
    const menu = page.getByRole('button', { name: 'Thread actions' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    // Focus moves into the panel, onto its first action.
    const copyId = page.getByRole('button', { name: 'Copy ID' });
    await expect(copyId).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'cthr_demo_refund_duplicate',
    );
    await expect(page.getByRole('region', { name: 'Export' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy handoff summary' })).toBeEnabled();
    await expectAccessible();

    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.getByRole('region', { name: 'Export' })).toBeHidden();
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('item actions sit behind one small menu button', async ({ page }) => {
    await page.goto(REFUND);
    const item = firstItem(page);
    await expect(item.getByRole('button', { name: 'Raw JSON' })).toBeHidden();
    await item.getByRole('button', { name: 'Item actions' }).tap();
    await expect(item.getByRole('button', { name: 'Copy link to this item' })).toBeFocused();
    await item.getByRole('button', { name: 'Raw JSON' }).tap();
    await expect(item).toContainText('"id": "cthi_refund_01"');
  });
});
