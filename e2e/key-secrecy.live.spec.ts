import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEST_API_KEY } from './test-env';
import { expect, test } from './fixtures';

/** The whole key, and the fragments OpenAI's own 401 message quotes from it. */
function leaksKey(text: string): boolean {
  return (
    text.includes(TEST_API_KEY) ||
    text.includes(TEST_API_KEY.slice(-4)) ||
    text.includes(TEST_API_KEY.slice(8, 24)) ||
    /sk-tes\*+/.test(text)
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('no served asset contains the key', async ({ request }) => {
  const paths = filesUnder('dist/client').map((file) => `/${relative('dist/client', file)}`);
  expect(paths.length).toBeGreaterThan(2);
  for (const path of ['/', '/threads/cthr_demo_refund_duplicate', ...paths]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(leaksKey(await response.text()), path).toBe(false);
  }
});

test('no API response or header contains the key, whatever upstream does', async ({ request }) => {
  const ids = ['401', '403', '429', '500', 'malformed', 'notjson', 'badshape'].map(
    (fault) => `cthr_fault_${fault}`,
  );
  for (const path of [
    ...ids.flatMap((id) => [`/api/threads/${id}`, `/api/threads/${id}/items`]),
    '/api/threads?user=fault_401',
    '/api/threads/cthr_demo_refund_duplicate',
    '/api/threads/cthr_demo_refund_duplicate/items?limit=100&order=asc',
    '/api/threads/bad%2Fid',
  ]) {
    const response = await request.get(path);
    const headers = JSON.stringify(response.headers());
    const body = await response.text();
    expect(leaksKey(body) || leaksKey(headers), path).toBe(false);
    if (!response.ok()) {
      const { error } = JSON.parse(body) as { error: { code: string; message: string } };
      expect(error.code, path).toMatch(/^[a-z_]+$/);
      expect(error.message, path).not.toMatch(/Incorrect API key|platform\.openai\.com/);
    }
  }
});

test('the key stays out of the page itself', async ({ page }) => {
  await page.goto('/threads/cthr_fault_401');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(leaksKey(await page.content())).toBe(false);
});
