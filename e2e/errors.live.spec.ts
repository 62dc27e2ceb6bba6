import { expect, test } from './fixtures';

// Live mode: the server holds a test key and talks over HTTP to the stand-in upstream, which
// injects a fault for each cthr_fault_* ID.

test('an unknown thread says so and offers a way on', async ({ page }) => {
  await page.goto('/threads/cthr_does_not_exist');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Thread not found');
  await expect(alert).toContainText('cthr_does_not_exist');
  await alert.getByRole('link', { name: 'Open another thread' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a malformed deep link is refused without a request', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/threads')) apiCalls.push(request.url());
  });
  await page.goto('/threads/not-a-thread');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
    'That is not a valid thread ID',
  );
  expect(apiCalls).toEqual([]);
});

const faults = [
  { id: 'cthr_fault_401', heading: "The server's OpenAI credentials were rejected" },
  { id: 'cthr_fault_500', heading: 'The thread service is unavailable' },
  { id: 'cthr_fault_malformed', heading: 'OpenAI sent a response Threadline could not read' },
  { id: 'cthr_fault_badshape', heading: 'OpenAI sent a response Threadline could not read' },
  { id: 'cthr_fault_hang', heading: 'OpenAI took too long to answer' },
];

test('each upstream fault shows its own heading with a retry', async ({ page }) => {
  for (const fault of faults) {
    await test.step(fault.id, async () => {
      await page.goto(`/threads/${fault.id}`);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading')).toHaveText(fault.heading, { timeout: 15_000 });
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  }
});

test('rate limiting shows a countdown and retries by itself', async ({ page }) => {
  let threadRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/threads/cthr_fault_429')) threadRequests += 1;
  });
  await page.goto('/threads/cthr_fault_429');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Rate limited by OpenAI');
  await expect(alert).toContainText(/Retrying automatically in \d+ s/);
  await expect.poll(() => threadRequests, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
});

test('the transcript failing after the thread loaded keeps the header', async ({ page }) => {
  await page.goto('/threads/cthr_fault_items_500');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
    'The thread service is unavailable',
  );
});

test('the health endpoint reports live mode and there is no demo banner', async ({ page }) => {
  const response = await page.request.get('/api/health');
  expect(await response.json()).toEqual({
    status: 'ok',
    mode: 'live',
    auth: 'none',
    previewHosts: [],
    index: 'off',
  });
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demo data' })).toHaveCount(0);
  // No access token on this server, so there is no session to end.
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});
