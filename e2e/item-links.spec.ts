import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

test('a link to an item deep in a thread loads around it, highlights and focuses it', async ({
  page,
}) => {
  const itemRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/items')) itemRequests.push(request.url());
  });
  await page.goto('/threads/cthr_demo_long_history#cthi_long_0600');
  // Item 600 of 640: loaded around it (asc after it, desc from its successor), not from the start.
  const target = page.locator('article[aria-current="true"]');
  await expect(target).toBeInViewport({ timeout: 15_000 });
  expect(itemRequests.some((url) => url.includes('after=cthi_long_0600'))).toBe(true);
  expect(itemRequests.filter((url) => /order=asc/.test(url) && !/after=/.test(url))).toEqual([]);
  await expect(target).toBeFocused();
  await target.getByRole('button', { name: 'Raw JSON' }).click();
  await expect(target).toContainText('"id": "cthi_long_0600"');
});

test('a link to an item the thread does not have says so once loading ends', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate#cthi_not_here');
  await expect(page.getByText(/Item cthi_not_here is not in this thread/)).toBeVisible();
  await expect(page.locator('article[aria-current="true"]')).toHaveCount(0);
});

test('"Copy link" copies an item link that opens on that item', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const lastQuestion = page
    .getByRole('article', { name: 'Customer message' })
    .filter({ hasText: 'Will someone email me' });
  await lastQuestion.getByRole('button', { name: 'Copy link to this item' }).click();
  await expect(lastQuestion.getByRole('status')).toHaveText('Copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL ?? ''}/threads/cthr_demo_refund_duplicate#cthi_refund_11`);

  await page.goto('/');
  await page.goto(link);
  const target = page.locator('article[aria-current="true"]');
  await expect(target).toContainText('Will someone email me when it is approved?');
  await expect(target).toBeInViewport();

  // Following another item's link within the page moves the highlight there.
  await page.evaluate(() => {
    window.location.hash = '#cthi_refund_01';
  });
  await expect(target).toContainText('I got charged twice');
  await expect(target).toBeInViewport();
});
