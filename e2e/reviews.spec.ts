import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { ReviewResponse } from '@/shared/api-contract';
import { expect, test } from './fixtures';

// Threads no other journey reads, so a review here changes nothing they check.
const FLOW_THREAD = 'cthr_demo_closed_noreason';
const CONFLICT_THREAD = 'cthr_demo_future_status';
const HOSTILE_THREAD = 'cthr_demo_short_escalation';
const WRITE = { 'X-Threadline-Write': '1' };

/**
 * The e2e server keeps its database between local runs: each journey starts from an
 * unreviewed thread by releasing it and removing its flags through the API, as an agent could.
 */
async function resetReview(request: APIRequestContext, threadId: string) {
  await request.put('/api/me', { headers: WRITE, data: { name: 'e2e setup' } });
  const path = `/api/threads/${threadId}/review`;
  const read = async () => ((await (await request.get(path)).json()) as ReviewResponse).review;
  for (const flag of (await read()).flags)
    await request.delete(`${path}/flags/${flag.id}`, { headers: WRITE });
  const review = await read();
  if (review.state !== 'unreviewed' || review.outcome !== null || review.note !== '') {
    const reset = await request.put(path, {
      headers: { ...WRITE, 'If-Match': `"${String(review.version)}"` },
      data: { state: 'unreviewed', claimed_by: null, outcome: null, note: '' },
    });
    expect(reset.status()).toBe(200);
  }
}

/** A fresh browser context: another agent, with a cookie jar of their own. */
async function agentPage(browser: Browser, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

async function giveName(page: Page, name: string) {
  const review = page.getByRole('region', { name: 'Review' });
  await review.getByRole('textbox', { name: 'Your name' }).fill(name);
  await review.getByRole('button', { name: 'Save name' }).click();
  await expect(review.getByText(`You: ${name}`)).toBeVisible();
  return review;
}

test.use({ viewport: { width: 1440, height: 900 } });

test('claim, flag an item, record outcome and note, mark done; another agent sees it all', async ({
  page,
  request,
  browser,
  expectAccessibleInBothThemes,
}) => {
  await resetReview(request, FLOW_THREAD);
  await page.goto(`/threads/${FLOW_THREAD}`);
  // The review controls load once the agent does something on the page (they are not part of
  // a deep link's first load): here, moving the pointer.
  await page.mouse.move(400, 300);
  const review = page.getByRole('region', { name: 'Review' });
  // No name yet: nothing can be changed, and the panel says how to fix that.
  await expect(review.getByRole('button', { name: 'Claim' })).toBeDisabled();
  await expectAccessibleInBothThemes();
  await giveName(page, 'Ana');
  await review.getByRole('button', { name: 'Claim' }).click();
  await expect(review.getByText('In review · you')).toBeVisible();

  // Flag the customer's message from the item's own actions.
  const item = page.getByRole('article', { name: /Customer message/ }).last();
  await item.hover();
  await item.getByRole('button', { name: 'Flag', exact: true }).click();
  await item.getByRole('radio', { name: 'Needs attention' }).check();
  await item
    .getByRole('textbox', { name: 'Comment (optional)' })
    .fill('Address changed after dispatch');
  await item.getByRole('button', { name: 'Save flag' }).click();
  await expect(item.getByText('Flag: Needs attention')).toBeVisible();
  await expect(review.getByRole('heading', { name: '1 flag' })).toBeVisible();

  await review.getByRole('combobox', { name: 'Outcome' }).selectOption('missing knowledge');
  await review
    .getByRole('textbox', { name: 'Note' })
    .fill(
      'The bot did not know dispatched orders cannot be re-addressed.\nSee https://help.example.com/shipping',
    );
  await review.getByRole('button', { name: 'Save outcome and note' }).click();
  await expect(review.getByTestId('review-note')).toContainText('cannot be re-addressed');
  await review.getByRole('button', { name: 'Mark done' }).click();
  await expect(review.getByText('Done · missing knowledge')).toBeVisible();
  await expectAccessibleInBothThemes();

  // Ben, in a browser of his own, sees Ana's review as she left it.
  const ben = await agentPage(browser);
  await ben.goto(`/threads/${FLOW_THREAD}`);
  await ben.mouse.move(400, 300);
  const benReview = ben.getByRole('region', { name: 'Review' });
  await expect(benReview.getByText('Done · missing knowledge')).toBeVisible();
  await expect(benReview.getByText('Marked done by Ana')).toBeVisible();
  await expect(benReview.getByTestId('review-note')).toContainText('cannot be re-addressed');
  await expect(
    benReview
      .getByTestId('review-note')
      .getByRole('link', { name: 'https://help.example.com/shipping' }),
  ).toHaveAttribute('rel', /noreferrer/);
  await expect(
    ben
      .getByRole('article', { name: /Customer message/ })
      .last()
      .getByText('Flag: Needs attention'),
  ).toBeVisible();
  await benReview.getByText(/^History \(\d+\)$/).click();
  const history = benReview.getByRole('list', { name: 'Review history' });
  // Ana's change of outcome, old → new, heads the history's outcome lines (newest first; the
  // server keeps earlier runs' lines too).
  await expect(
    history
      .getByRole('listitem')
      .filter({ hasText: 'Ana' })
      .filter({ hasText: /Outcome:\s*none\s*→\s*missing knowledge/ })
      .first(),
  ).toBeVisible();
  await ben.context().close();
});

test('a conflicting save is shown side by side and resolved by keeping mine', async ({
  request,
  browser,
}) => {
  await resetReview(request, CONFLICT_THREAD);
  const ana = await agentPage(browser);
  const ben = await agentPage(browser);
  await ana.goto(`/threads/${CONFLICT_THREAD}`);
  await ben.goto(`/threads/${CONFLICT_THREAD}`);
  await ana.mouse.move(400, 300);
  await ben.mouse.move(400, 300);
  const anaReview = await giveName(ana, 'Ana');
  const benReview = await giveName(ben, 'Ben');

  // Both start from the same version; Ana saves first.
  await anaReview.getByRole('textbox', { name: 'Note' }).fill('Ana: customer wants a refund');
  await benReview.getByRole('textbox', { name: 'Note' }).fill('Ben: archive, no refund');
  await anaReview.getByRole('button', { name: 'Save outcome and note' }).click();
  await expect(anaReview.getByTestId('review-note')).toHaveText('Ana: customer wants a refund');
  await benReview.getByRole('button', { name: 'Save outcome and note' }).click();

  const conflict = benReview.getByRole('group', {
    name: 'Ana changed this review before your save',
  });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Yours: Ben: archive, no refund')).toBeVisible();
  await expect(conflict.getByText('Theirs: Ana: customer wants a refund')).toBeVisible();
  await expect(conflict.getByRole('heading')).toBeFocused();
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect(benReview.getByTestId('review-note')).toHaveText('Ben: archive, no refund');

  // Ana's page picks Ben's change up by itself (every 15 s).
  await expect(anaReview.getByTestId('review-note')).toHaveText('Ben: archive, no refund', {
    timeout: 20_000,
  });
  await ana.context().close();
  await ben.context().close();
});

test('the review controls load for keyboard and screen-reader users too', async ({ page }) => {
  await page.goto(`/threads/${FLOW_THREAD}`);
  const review = page.getByRole('region', { name: 'Review' });
  // Browse mode presses no key and moves no pointer: the placeholder offers a button, which a
  // screen reader activates with a click event alone.
  await review.getByRole('button', { name: 'Show the review controls' }).dispatchEvent('click');
  await expect(review.getByRole('heading', { name: /flags?$/ })).toBeVisible();
});

test('a hostile note stays text on a phone, and its link is not fetched', async ({
  request,
  browser,
  pageProblems,
}) => {
  await resetReview(request, HOSTILE_THREAD);
  const path = `/api/threads/${HOSTILE_THREAD}/review`;
  const current = ((await (await request.get(path)).json()) as ReviewResponse).review;
  const note =
    '<img src=https://tracker.example/p.gif onerror=alert(1)> [x](javascript:alert(2)) https://tracker.example/read';
  const saved = await request.put(path, {
    headers: { ...WRITE, 'If-Match': `"${String(current.version)}"` },
    data: { state: 'done', claimed_by: null, outcome: 'other', note },
  });
  expect(saved.status()).toBe(200);

  const phone = await agentPage(browser, { width: 390, height: 844 });
  const foreign: string[] = [];
  phone.on('request', (req) => {
    if (!req.url().startsWith('http://127.0.0.1')) foreign.push(req.url());
  });
  phone.on('dialog', (dialog) => {
    pageProblems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await phone.goto(`/threads/${HOSTILE_THREAD}`);
  await phone.getByRole('button', { name: 'Actions' }).click();
  const shown = phone.getByRole('region', { name: 'Review' }).getByTestId('review-note');
  await expect(shown).toContainText('<img src=https://tracker.example/p.gif onerror=alert(1)>');
  await expect(shown.locator('img')).toHaveCount(0);
  // Addresses in the text are links the agent may click, never anything the page loads.
  for (const link of await shown.getByRole('link').all())
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/tracker\.example\//);
  expect(foreign).toEqual([]);
  await phone.context().close();
});

test('the dashboard downloads every review as CSV, with the thread and a formula kept as text', async ({
  page,
  request,
}) => {
  await resetReview(request, FLOW_THREAD);
  const path = `/api/threads/${FLOW_THREAD}/review`;
  const current = ((await (await request.get(path)).json()) as ReviewResponse).review;
  const note = '=HYPERLINK("https://evil.example","click") and a "quoted", multi\nline note';
  const saved = await request.put(path, {
    headers: { ...WRITE, 'If-Match': `"${String(current.version)}"` },
    data: { state: 'done', claimed_by: null, outcome: 'policy', note },
  });
  expect(saved.status()).toBe(200);

  await page.goto('/dashboard');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Export every review' })
    .getByRole('link', { name: 'Download CSV' })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^threadline-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const [header] = csv.split('\n');
  expect(header).toBe(
    'thread_id,title,thread_status,status_reason,user,review_state,claimed_by,claimed_at,outcome,note,flags,updated_by,updated_at',
  );
  const row = csv.slice(csv.indexOf(FLOW_THREAD));
  expect(row).toContain(`${FLOW_THREAD},Change delivery address,closed,`);
  expect(row).toContain(',done,,,policy,');
  // A spreadsheet would run a cell starting with "=": it is written as text instead.
  expect(row).toContain(
    `"'=HYPERLINK(""https://evil.example"",""click"") and a ""quoted"", multi\nline note"`,
  );
  expect(row).toContain(',e2e setup,');
});
