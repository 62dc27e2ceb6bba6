import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Demo mode. A support agent reviews a locked escalation without touching the mouse.

const THREAD = 'cthr_demo_refund_duplicate';
const LOCKED_LEAD = "Locked — the customer can't send messages · Escalated to billing";

const viewports = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** The element that holds focus, as a locator-friendly description. */
function focused(page: Page): Locator {
  return page.locator('*:focus');
}

/** Tab (forwards) until `target` holds focus, as an agent would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const viewport of viewports) {
  test(`keyboard-only review of a locked thread ends with the handoff copied (${viewport.name})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeFocused();

    // ⌘K / Ctrl+K opens the ID box, even from the focused paste box; a pasted ticket line works.
    await page.keyboard.press('ControlOrMeta+k');
    const idBox = page.getByRole('dialog', { name: 'Open a thread' });
    const idField = idBox.getByRole('textbox', { name: /Thread ID, link/ });
    await expect(idField).toBeFocused();
    await page.keyboard.insertText(`Ticket 4411 — customer asks about ${THREAD}, see logs`);
    await expect(idBox.getByRole('button', { name: 'Open thread' })).toBeVisible();
    await page.keyboard.press('Enter');

    // The new page's heading holds focus.
    await expect(page).toHaveURL(new RegExp(`/threads/${THREAD}$`));
    await expect(idBox).toBeHidden();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Refund for duplicate charge on order A-1023');
    await expect(heading).toBeFocused();

    // "/" finds (once the transcript, and with it the find bar, is there); Enter steps; the bar
    // stays in view while the transcript scrolls.
    await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
    await page.keyboard.press('/');
    const findBox = page.getByRole('searchbox', { name: 'Find in thread' });
    await expect(findBox).toBeFocused();
    await page.keyboard.type('refund');
    const count = page.getByRole('search', { name: 'Find in thread' }).getByRole('status');
    await expect(count).toHaveText(/^1 of \d+$/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText(/^3 of \d+$/);
    await expect(findBox).toBeInViewport();

    // Esc hands focus to the current match's item, not back to the box.
    await page.keyboard.press('Escape');
    const item = focused(page);
    await expect(item).toHaveRole('article');
    await expect(item).toContainText(/refund/i);
    await expect(item.locator('mark').first()).toBeVisible();
    await expect(findBox).toHaveValue('refund');

    // "c" copies the focused item's link and says so.
    await page.keyboard.press('c');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await clipboardText(page);
    expect(link).toMatch(new RegExp(`^${baseURL ?? ''}/threads/${THREAD}#cthi_`));

    // Shift+G: the latest item holds focus.
    await page.keyboard.press('Shift+G');
    const lastItem = page.getByRole('list', { name: 'Transcript' }).getByRole('article').last();
    await expect(lastItem).toBeFocused();
    await expect(lastItem).toBeInViewport();
    // Scrolled to the end, the find bar is still pinned at the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(findBox).toBeInViewport();

    // Tab reaches the handoff button (on a phone, inside the thread actions menu, which Enter
    // opens); its summary leads with the status in words.
    const handoff = page.getByRole('button', { name: 'Copy handoff summary' });
    if (viewport.width < 1024) {
      await tabTo(page, page.getByRole('button', { name: 'Thread actions' }));
      await page.keyboard.press('Enter');
    }
    await tabTo(page, handoff);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardText(page)).toMatch(new RegExp(`^${LOCKED_LEAD}\n`));
    expect(await clipboardText(page)).toContain('The assistant last told the customer');
  });
}

test('the ID box names what a paste will open and is accessible in both themes', async ({
  page,
  expectAccessibleInBothThemes,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/threads/${THREAD}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+k');
  const idBox = page.getByRole('dialog', { name: 'Open a thread' });
  // Its code loads on first use: type once the box has focus, as a person would.
  await expect(idBox.getByRole('textbox', { name: /Thread ID, link/ })).toBeFocused();
  await page.keyboard.insertText('cthr_a\ncthr_b\ncthr_c');
  await expect(idBox.getByRole('button', { name: 'Open triage board (3 IDs)' })).toBeVisible();
  await expectAccessibleInBothThemes();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`id-box-${colorScheme}.png`) });
  }

  // Escape closes it without opening anything.
  await page.keyboard.press('Escape');
  await expect(idBox).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/threads/${THREAD}$`));
});

test('the ? dialog lists every shortcut, traps focus and gives it back', async ({
  page,
  expectAccessibleInBothThemes,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/threads/${THREAD}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // j steps through the transcript's items: it has to be there (the header can come first).
  await expect(
    page.getByRole('list', { name: 'Transcript' }).getByRole('article').first(),
  ).toBeVisible();
  await page.keyboard.press('j');
  const item = focused(page);
  await expect(item).toHaveRole('article');
  const itemName = await item.getAttribute('aria-label');

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const keys of ['j', 'k', 'Shift+G', 'c', '/', 'Esc', '[ / ]', '⌘K / Ctrl+K', '?']) {
    await expect(dialog.getByText(keys, { exact: true })).toBeVisible();
  }
  await expectAccessibleInBothThemes();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`shortcuts-${colorScheme}.png`) });
  }

  // Tab and Shift+Tab never leave the dialog.
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const inside = await dialog.evaluate((element) => element.contains(document.activeElement));
    expect(inside, `focus inside the dialog after ${key}`).toBe(true);
  }

  // Escape closes it and focus returns to the item it was opened from.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(focused(page)).toHaveAttribute('aria-label', itemName ?? '');
  await expect(focused(page)).toHaveRole('article');
});

test('a followed link moves focus to the new page heading, but not on first load', async ({
  page,
}) => {
  await page.goto(`/threads/${THREAD}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Refund for duplicate charge on order A-1023');
  await expect(heading).not.toBeFocused();

  const queueLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Escalation queue',
  });
  await queueLink.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Escalation queue');
  await expect(heading).toBeFocused();

  // Tab goes on from the heading into the page, not back to the top of the document.
  await page.keyboard.press('Tab');
  await expect(page.locator('main *:focus')).toHaveCount(1);

  // Back: the thread's heading again; the home page keeps focus in its paste box.
  await page.goBack();
  await expect(heading).toHaveText('Refund for duplicate charge on order A-1023');
  await expect(heading).toBeFocused();
  await page.getByRole('link', { name: 'Threadline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeFocused();
});
