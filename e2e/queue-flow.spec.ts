import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

// Issue 11: the queue and triage board as a flow. Wide screens show the list and the selected
// thread side by side; narrow ones keep separate pages. Opening a thread from a list keeps the
// list's order for Next/Previous, and Back returns focus to the row that was worked.

const REFUND = 'Refund for duplicate charge on order A-1023';
const DELETION = 'Account deletion request';

const stepper = (page: Page) => page.getByRole('navigation', { name: /^Threads in / });
const pane = (page: Page) => page.getByRole('region', { name: 'Selected thread' });

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the queue and the selected thread share the screen; j/k move the selection and the URL', async ({
    page,
    expectAccessibleInBothThemes,
  }) => {
    // Two axe scans over a list and a whole thread page: slow on a busy two-core machine.
    test.setTimeout(120_000);
    await page.goto('/threads?status=locked');
    const queue = page.getByRole('listbox', { name: 'Escalation queue' });
    await expect(queue.getByRole('option')).toHaveCount(2);
    // Rows say what the agent sorts by: the customer's last message, the status in words.
    const deletion = queue.getByRole('option', { name: DELETION });
    await expect(deletion).toContainText('no reason given');
    await expect(deletion).toContainText('Please delete my account');
    await expect(queue.getByRole('option', { name: REFUND })).toContainText(
      'Will someone email me when it is approved?',
    );
    await expect(pane(page)).toContainText('Select a thread');

    await queue.getByRole('option', { name: REFUND }).click();
    await expect(page).toHaveURL(/\/threads\?status=locked&selected=cthr_demo_refund_duplicate$/);
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(REFUND);
    await expect(queue.getByRole('option', { name: REFUND })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await page.keyboard.press('j');
    await expect(page).toHaveURL(/selected=cthr_demo_locked_noreason$/);
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(DELETION);
    await expect(page.locator(':focus')).toHaveAccessibleName(DELETION);
    await page.keyboard.press('ArrowUp');
    await expect(page).toHaveURL(/selected=cthr_demo_refund_duplicate$/);
    // ] and [ step the pane through the list too, as on the thread page.
    await page.keyboard.press(']');
    await expect(page).toHaveURL(/selected=cthr_demo_locked_noreason$/);
    await page.keyboard.press('[');
    await expect(page).toHaveURL(/selected=cthr_demo_refund_duplicate$/);
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(REFUND);
    await expect(
      pane(page)
        .getByRole('status')
        .filter({ hasText: /^12 items$/ }),
    ).toBeVisible();
    await expectAccessibleInBothThemes();
  });

  test('Enter opens the full page in the queue’s order; Back selects and focuses the row worked', async ({
    page,
  }) => {
    await page.goto('/threads?status=locked&selected=cthr_demo_refund_duplicate');
    const queue = page.getByRole('listbox', { name: 'Escalation queue' });
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(REFUND);
    // Selection leaves no trail in history, and a reload keeps it.
    await queue.getByRole('option', { name: REFUND }).focus();
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/selected=cthr_demo_locked_noreason$/);
    await page.keyboard.press('k');
    await page.reload();
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(REFUND);

    await queue.getByRole('option', { name: REFUND }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
    await expect(stepper(page)).toContainText('1 of 2');
    await page.keyboard.press(']');
    await expect(page).toHaveURL(/\/threads\/cthr_demo_locked_noreason$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DELETION);
    await expect(stepper(page)).toContainText('2 of 2');

    // Back: the list itself (stepping replaced the entry), the thread worked selected and focused.
    await page.goBack();
    await expect(page).toHaveURL(/\/threads\?status=locked&selected=cthr_demo_locked_noreason$/);
    await expect(page.locator(':focus')).toHaveAccessibleName(DELETION);
    await expect(pane(page).getByRole('heading', { level: 1 })).toHaveText(DELETION);
  });

  test('the triage board sorts locked threads first, remembers it, and steps in that order', async ({
    page,
  }) => {
    await page.goto(
      '/triage?ids=cthr_demo_closed_resolved,cthr_demo_active_untitled,cthr_demo_refund_duplicate',
    );
    const board = page.getByRole('listbox', { name: 'Triage board' });
    await expect(board.getByRole('option')).toHaveCount(3);
    await expect(board.getByRole('option').first()).toHaveAccessibleName(
      'Password reset email not arriving',
    );
    await page.getByRole('radio', { name: 'Locked first' }).check();
    await expect(board.getByRole('option').first()).toHaveAccessibleName(REFUND);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Locked first' })).toBeChecked();
    await expect(board.getByRole('option').first()).toHaveAccessibleName(REFUND);

    await board.getByRole('option', { name: REFUND }).dblclick();
    await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
    await expect(stepper(page)).toContainText('1 of 3');
    await expect(stepper(page)).toContainText('Triage board');
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('queue → thread → Next → Back: separate pages, focus back on the row worked', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/threads?status=locked');
    const rows = page.getByRole('region', { name: 'Threads' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(rows.first()).toContainText('Will someone email me when it is approved?');
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: REFUND }).click();
    await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
    await expect(stepper(page)).toContainText('1 of 2');
    await stepper(page).getByRole('button', { name: 'Next in queue' }).click();
    await expect(page).toHaveURL(/\/threads\/cthr_demo_locked_noreason$/);
    await expect(stepper(page)).toContainText('2 of 2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DELETION);
    await expectAccessible();

    // The list's order survives a reload of the thread page in this tab.
    await page.reload();
    await expect(stepper(page)).toContainText('2 of 2');
    await page.keyboard.press('[');
    await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
    await page.keyboard.press(']');
    await expect(page).toHaveURL(/\/threads\/cthr_demo_locked_noreason$/);

    await page.goBack();
    await expect(page).toHaveURL(/\/threads\?status=locked$/);
    await expect(page.locator(':focus')).toHaveText(DELETION);
  });

  test('a thread opened without a list has no queue control', async ({ page }) => {
    await page.goto('/threads/cthr_demo_refund_duplicate');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFUND);
    await expect(stepper(page)).toHaveCount(0);
  });
});
