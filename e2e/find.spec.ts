import { expect, expectNoHorizontalScroll, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

test('find counts, highlights and steps through matches', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const find = page.getByRole('search', { name: 'Find in thread' });
  const box = find.getByRole('searchbox', { name: 'Find in thread' });
  const count = find.getByRole('status');
  await box.fill('  a-1023 ');
  await expect(count).toHaveText('1 of 7');
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(transcript.locator('mark').first()).toHaveText('A-1023');

  await box.press('Enter');
  await expect(count).toHaveText('2 of 7');
  await box.press('Enter');
  await expect(count).toHaveText('3 of 7');
  await box.press('Shift+Enter');
  await expect(count).toHaveText('2 of 7');
  await find.getByRole('button', { name: 'Previous match' }).click();
  await find.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('7 of 7');
  await expect(transcript.locator('mark[data-current]')).toBeInViewport();

  await box.fill('no such words anywhere');
  await expect(count).toHaveText('No matches');
  await expect(find.getByRole('button', { name: 'Next match' })).toBeDisabled();

  await box.fill('A-1023');
  await expect(count).toHaveText('1 of 7');
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoHorizontalScroll(page);
});

test('find reaches an item far down a virtualized thread', async ({ page }) => {
  await page.goto('/threads/cthr_demo_long_history');
  const box = page.getByRole('searchbox', { name: 'Find in thread' });
  await box.fill('quiet since our deploy');
  const count = page.getByRole('search', { name: 'Find in thread' }).getByRole('status');
  // While pages are loading the count says it is partial; it settles once everything is in.
  await expect(count).toHaveText('1 of 1', { timeout: 20_000 });
  await expect(page.getByText(/It has been quiet since our deploy on Monday/)).toBeInViewport();
});

test('"/", "j", "k" and "?" work, and not while typing in the find field', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Find in thread' });

  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('jk?/');
  await expect(box).toHaveValue('jk?/');
  await expect(page.getByRole('dialog')).toBeHidden();
  await box.fill('');

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  const first = page.getByRole('article', { name: 'Customer message' }).first();
  await expect(first).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.getByRole('article', { name: 'Thought: Checking the order' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(first).toBeFocused();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next item');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(first).toBeFocused();
});
