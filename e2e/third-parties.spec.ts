import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

const THREADS = [
  '/threads/cthr_demo_attachments',
  '/threads/cthr_demo_refund_duplicate',
  '/threads/cthr_demo_hostile',
];

test('opening threads makes the browser contact no host but Threadline', async ({
  page,
  baseURL,
}) => {
  const own = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const { origin, protocol } = new URL(request.url());
    if (origin !== own && protocol !== 'data:' && protocol !== 'blob:') {
      elsewhere.push(request.url());
    }
  });
  for (const path of THREADS) {
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: /\d+ items?$/ })).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});

test('previews from Threadline itself load; one from an unapproved host waits for the agent', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_attachments');
  const photo = page.getByRole('img', { name: 'Preview of box-outside.jpg' });
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  // The video poster and an old http: photo live on a host nobody approved: named, linked,
  // never requested.
  const offers = page.getByRole('link', { name: /Open preview on images\.example\.com/ });
  await expect(offers).toHaveCount(2);
  for (const offer of await offers.all()) {
    await expect(offer).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(page.locator('img[src*="images.example.com"]')).toHaveCount(0);
});
