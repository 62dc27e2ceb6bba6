import type { Page } from '@playwright/test';
import { TEST_ACCESS_TOKEN } from './test-env';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

// The server runs in live mode with THREADLINE_ACCESS_TOKEN set: nothing but the sign-in page,
// its stylesheet, the favicon and /api/health answers without a session.

const THREAD = '/threads/cthr_demo_refund_duplicate';
const TITLE = 'Refund for duplicate charge on order A-1023';

async function signIn(page: Page, token: string) {
  await page.getByRole('textbox', { name: 'Access token' }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a deep link leads to the sign-in page and, once signed in, to the thread', async ({
  page,
}) => {
  await page.goto(THREAD);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fthreads%2Fcthr_demo_refund_duplicate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByRole('textbox', { name: 'Access token' })).toBeFocused();

  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page).toHaveURL(new RegExp(`${THREAD}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('a wrong token shows an error and keeps the deep link', async ({ page }) => {
  await page.goto(THREAD);
  await signIn(page, 'tl-not-the-right-token-000');
  await expect(page.getByRole('alert')).toHaveText(
    'That access token is not right. Check it and try again.',
  );
  await expect(page.getByRole('textbox', { name: 'Access token' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('the sign-in page has no axe violations in light or dark mode, with and without an error', async ({
  page,
  expectAccessibleInBothThemes,
}) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessibleInBothThemes();
  await signIn(page, 'tl-not-the-right-token-000');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessibleInBothThemes();
});

test('the signed-in header with Sign out passes axe and fits a 375 px window', async ({
  page,
  expectAccessible,
}) => {
  await page.goto(THREAD);
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible();
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoHorizontalScroll(page);
});

test('the session cookie is HttpOnly and SameSite=Strict', async ({ page, context }) => {
  await page.goto('/sign-in');
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review a ChatKit thread');
  expect(await page.evaluate(() => document.cookie)).not.toContain('threadline_session');
  const cookies = await context.cookies();
  expect(cookies).toEqual([
    expect.objectContaining({
      name: 'threadline_session',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    }),
  ]);
});

test('the API answers 401 JSON without a session and accepts a Bearer token', async ({
  request,
}) => {
  const path = '/api/threads/cthr_demo_refund_duplicate';
  const refused = await request.get(path);
  expect(refused.status()).toBe(401);
  expect(refused.headers()['www-authenticate']).toBe('Bearer');
  expect(await refused.json()).toMatchObject({
    error: { code: 'unauthorized', message: 'Sign in to Threadline first.' },
  });

  const allowed = await request.get(path, {
    headers: { Authorization: `Bearer ${TEST_ACCESS_TOKEN}` },
  });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toMatchObject({ thread: { id: 'cthr_demo_refund_duplicate' } });

  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({
    status: 'ok',
    mode: 'live',
    auth: 'token',
    previewHosts: [],
    index: 'off',
  });
});

test('signing out returns to the sign-in page and closes the app', async ({ page }) => {
  await page.goto(THREAD);
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(THREAD);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('an expired session sends the app back to sign in, then to the same thread', async ({
  page,
  context,
}) => {
  await page.goto('/sign-in');
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeVisible();

  await context.clearCookies();
  await page.getByRole('textbox', { name: 'Thread ID or link' }).fill('cthr_demo_refund_duplicate');
  await page.getByRole('button', { name: 'Open thread' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fthreads%2Fcthr_demo_refund_duplicate$/);
  await signIn(page, TEST_ACCESS_TOKEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
