import { expect, test } from './fixtures';

// Live mode: every answer below crossed HTTP from the stand-in upstream through the SDK, so
// these journeys prove what the demo-mode journeys cannot (paging cursors, compression, the
// SDK's parsing). The UI behaviour itself is covered once, in demo mode.

test('the queue scans every list page over HTTP and opens a thread with its whole transcript', async ({
  page,
}) => {
  await page.goto('/threads?status=locked');
  await expect(
    page.getByRole('status').filter({ hasText: /^Scanned all \d+ threads: 2 locked\.$/ }),
  ).toBeVisible();
  // Wide screen: the row selects into the pane beside the queue, which links to the full page.
  await page.getByRole('option', { name: 'Refund for duplicate charge on order A-1023' }).click();
  await page.getByRole('link', { name: 'Open full page' }).click();

  await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
  const facts = page.getByRole('complementary', { name: 'Thread facts' });
  await expect(facts.getByText("Locked — the customer can't send messages")).toBeVisible();
  await expect(facts.getByText('Escalated to billing')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(transcript).toContainText('receipt-A-1023.pdf');
  await expect(transcript).toContainText('lookup_order');
  await expect(transcript).toContainText('Refund request RF-20931');
});

test('a 10,000-item thread arrives in all its 100 pages, and its newest page reads newest first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/threads/cthr_demo_huge_escalation');
  await expect(page.getByText(/Can you check sync batch 4100\?/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^10,000 items$/ })).toBeVisible({
    timeout: 90_000,
  });
  await page.getByRole('button', { name: 'Jump to latest item' }).click();
  await expect(page.getByText(/ledger reconciled for every store/)).toBeInViewport();

  // What "Jump to latest" asks for while a transcript is still loading: order=desc over the SDK.
  const newest = await page.request.get(
    '/api/threads/cthr_demo_huge_escalation/items?order=desc&limit=100',
  );
  const body = (await newest.json()) as { data: unknown[]; has_more: boolean };
  expect(body.data).toHaveLength(100);
  expect(body.has_more).toBe(true);
  expect(JSON.stringify(body.data[0])).toContain('ledger reconciled for every store');
});

test('the API reference example shape (inline items, bare types) renders from a live upstream', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_doc_example');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo feedback');
  await expect(page.getByText('I would like to give some feedback on the demo')).toBeVisible();
  await expect(page.getByText('Thanks for reaching out. What did you think?')).toBeVisible();
});
