import { expect, test } from './fixtures';
import { STAND_IN_PORT, TEST_API_KEY } from './test-env';

// Live mode only: items are appended on the standalone stand-in upstream, which demo mode lacks.
const LIVE = 'cthr_demo_live_chat';

test('an item added upstream appears in an open active thread, keeping the scroll position', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 480 });
  await page.goto(`/threads/${LIVE}`);
  const header = page.locator('header:has(#thread-title)');
  await expect(header.getByText('Live', { exact: true })).toBeVisible();
  await expect(
    header.getByText('Updates every 15 seconds while this tab is visible'),
  ).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ items$/ })).toBeVisible();
  await expect(page.getByText('Checking now, one minute.')).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 160));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  // Unique per run: a reused stand-in keeps what earlier runs appended.
  const id = `cthi_live_e2e_${String(Date.now())}`;
  const text = `Found it behind the bins (${id}). Thanks!`;
  const added = await request.post(
    `http://127.0.0.1:${String(STAND_IN_PORT)}/__test/threads/${LIVE}/items`,
    {
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
      data: {
        id,
        object: 'chatkit.thread_item',
        thread_id: LIVE,
        created_at: 1795101300,
        type: 'chatkit.user_message',
        content: [{ type: 'input_text', text }],
        attachments: [],
        inference_options: null,
      },
    },
  );
  expect(added.status()).toBe(201);

  // The proxy may serve a cached tail for up to 3 s; one more poll picks the item up then.
  await expect(async () => {
    await page.clock.fastForward('00:16');
    await expect(page.getByText(text)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 25_000 });
  await expect(page.getByRole('status').filter({ hasText: /^1 new item$/ })).toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('a locked thread shows no Live indicator and is never polled', async ({ page }) => {
  await page.clock.install();
  await page.goto('/threads/cthr_demo_refund_duplicate');
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
  await expect(page.getByText('Live', { exact: true })).toHaveCount(0);

  const requests: string[] = [];
  // The thread and its items, which cost OpenAI calls; its review (our own database, re-read
  // every 15 s so another agent's change shows) is not the thread.
  page.on('request', (req) => {
    const url = req.url();
    if (url.includes('/api/threads/cthr_demo_refund_duplicate') && !url.endsWith('/review'))
      requests.push(url);
  });
  await page.clock.fastForward('00:10');
  await page.clock.fastForward('00:10');
  // A request the page starts now reaches the network after any a fired timer started.
  await Promise.all([
    page.waitForRequest((req) => req.url().endsWith('/api/health?after-timers')),
    page.evaluate(() => void fetch('/api/health?after-timers')),
  ]);
  expect(requests).toEqual([]);
});
