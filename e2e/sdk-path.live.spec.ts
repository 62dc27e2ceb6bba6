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

test('a 10,000-item thread opens at its newest page, an item link loads around its item, and the start is one page away', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const itemQueries: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/items')) itemQueries.push(url.search);
  });
  // Closed: the newest page, read newest first over the SDK (order=desc), is the first screen.
  await page.goto('/threads/cthr_demo_huge_escalation');
  await expect(page.getByText(/ledger reconciled for every store/)).toBeInViewport({
    timeout: 15_000,
  });
  expect(itemQueries[0]).toBe('?limit=100&order=desc');

  // Both cursor directions cross HTTP: after=X ascending, then from X's successor descending.
  await page.goto('/threads/cthr_demo_huge_escalation#cthi_huge_escalation_07000');
  const target = page.locator('article[aria-current="true"]');
  await expect(target).toBeInViewport({ timeout: 15_000 });
  await target.getByRole('button', { name: 'Raw JSON' }).click();
  await expect(target).toContainText('"id": "cthi_huge_escalation_07000"');
  expect(itemQueries).toContain('?after=cthi_huge_escalation_07000&limit=50&order=asc');
  expect(itemQueries).toContain('?after=cthi_huge_escalation_07001&limit=50&order=desc');

  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Transcript' })
      .getByRole('article')
      .filter({ hasText: /Can you check sync batch 4100\?/ }),
  ).toBeInViewport();
  expect(itemQueries).toContain('?limit=100&order=asc');
});

test('the API reference example shape (inline items, bare types) renders from a live upstream', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_doc_example');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo feedback');
  await expect(page.getByText('I would like to give some feedback on the demo')).toBeVisible();
  await expect(page.getByText('Thanks for reaching out. What did you think?')).toBeVisible();
});
