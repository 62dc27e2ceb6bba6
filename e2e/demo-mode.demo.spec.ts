import { expect, test } from './fixtures';

test('a newcomer sees the demo banner and can open a sample thread', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Demo data' })).toContainText(
    'no OpenAI API key is configured',
  );
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeFocused();

  const samples = page.getByRole('region', { name: 'Sample threads' });
  await expect(samples.getByRole('link')).not.toHaveCount(0);
  expect(await samples.getByRole('link').count()).toBeGreaterThanOrEqual(8);

  await samples.getByRole('link', { name: 'Refund for duplicate charge on order A-1023' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Refund for duplicate charge on order A-1023',
  );
});

test('the health endpoint reports demo mode', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const { index, ...rest } = (await response.json()) as { index: string };
  expect(rest).toEqual({ status: 'ok', mode: 'demo', auth: 'none', previewHosts: [] });
  // Demo mode indexes its sample threads like a live server: under way, or done.
  expect(['indexing', 'ready']).toContain(index);
});
