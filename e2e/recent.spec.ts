import { expect, test } from './fixtures';

test('recently viewed threads appear on home, without content, and Clear empties the list', async ({
  page,
}) => {
  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recently viewed' });
  await expect(recent).toContainText('Threads you open are listed here');

  // A visit is written down just after the thread shows (an effect): each is awaited before
  // the next page load, which would otherwise cut it off on a busy machine.
  const remembered = () => page.evaluate(() => localStorage.getItem('threadline.recent.v1') ?? '');
  await page.goto('/threads/cthr_demo_refund_duplicate');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Refund for duplicate/);
  await expect.poll(remembered).toContain('cthr_demo_refund_duplicate');
  await page.goto('/threads/cthr_demo_closed_resolved');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Password reset/);
  await expect.poll(remembered).toContain('cthr_demo_closed_resolved');
  await page.getByRole('link', { name: 'Threadline' }).click();

  const rows = recent.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Password reset email not arriving');
  await expect(rows.nth(0)).toContainText('cthr_demo_closed_resolved');
  await expect(rows.nth(0)).toContainText('Closed');
  await expect(rows.nth(1)).toContainText('Refund for duplicate charge on order A-1023');
  await expect(rows.nth(1)).toContainText('Locked');

  const stored = await page.evaluate(() => localStorage.getItem('threadline.recent.v1') ?? '');
  expect(stored).toContain('cthr_demo_refund_duplicate');
  expect(stored).not.toContain('4417'); // message text of the refund thread
  expect(stored).not.toContain('maria.gomez');

  await recent.getByRole('button', { name: 'Clear' }).click();
  await expect(rows).toHaveCount(0);
  await expect(recent).toContainText('Threads you open are listed here');
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Recently viewed' }).getByRole('listitem'),
  ).toHaveCount(0);
});

test('corrupted recent-list storage is ignored', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'threadline.recent.v1',
      JSON.stringify([
        { id: '<img src=x>', title: 1 },
        'junk',
        { id: 'cthr_demo_hostile', title: 'Ok', status: null, viewedAt: 1 },
      ]),
    );
  });
  await page.goto('/');
  const rows = page.getByRole('region', { name: 'Recently viewed' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('cthr_demo_hostile');
});
