import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

test('"Conversation only" hides tool calls, tasks and widgets and says how many', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const view = page.getByRole('group', { name: 'View' });
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(transcript.getByRole('article', { name: 'Tool call lookup_order' })).toBeVisible();
  await view.getByRole('checkbox', { name: 'Conversation only' }).check();
  await expect(view.getByRole('status')).toHaveText('Showing 6 of 12 items');
  await expect(transcript.getByRole('article', { name: /^Tool call/ })).toHaveCount(0);
  await expect(transcript.getByRole('article', { name: 'Widget' })).toHaveCount(0);
  await expect(transcript.getByRole('article', { name: 'Customer message' })).toHaveCount(3);
  await view.getByRole('checkbox', { name: 'Conversation only' }).uncheck();
  await expect(transcript.getByRole('article', { name: 'Tool call lookup_order' })).toBeVisible();
});

test('"Expand all" and "Collapse all" drive every details, which still toggle one by one', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const view = page.getByRole('group', { name: 'View' });
  const toolCall = page.getByRole('article', { name: 'Tool call lookup_order' });
  const details = page.getByRole('list', { name: 'Transcript' }).locator('details');
  await expect(details.first()).toBeVisible();
  const total = await details.count();
  expect(total).toBeGreaterThan(2);

  await view.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('details[open]')).toHaveCount(total);
  await expect(toolCall).toContainText('"include_payments": true');

  await view.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('details[open]')).toHaveCount(0);
  await toolCall.getByText('Arguments', { exact: true }).click();
  await expect(page.locator('details[open]')).toHaveCount(1);
});

test('each item shows its raw JSON on request', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const widget = page.getByRole('article', { name: 'Widget' });
  const raw = widget.getByRole('button', { name: 'Raw JSON', exact: true });
  await expect(raw).toHaveAttribute('aria-expanded', 'false');
  await raw.click();
  await expect(raw).toHaveAttribute('aria-expanded', 'true');
  await expect(widget).toContainText('"id": "cthi_refund_07"');
});

test('the UTC switch changes item times and is remembered after a reload', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const firstTime = page.getByRole('article', { name: 'Customer message' }).first().locator('time');
  await expect(firstTime).not.toContainText('UTC');
  await page.getByRole('combobox', { name: 'Times' }).selectOption('UTC');
  // Compact clock times; the full date, time and zone are in the tooltip.
  await expect(firstTime).toHaveText(/^(2:05\sPM|14:05) UTC$/);
  await expect(firstTime).toHaveAttribute('title', /November 24, 2026.*2:05:00\sPM UTC/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Times' })).toHaveValue('utc');
  await expect(firstTime).toHaveText(/^(2:05\sPM|14:05) UTC$/);
  await page.getByRole('combobox', { name: 'Times' }).selectOption('Local');
  await expect(firstTime).not.toContainText('UTC');
});

test('a marker shows where more than 30 minutes pass between items', async ({ page }) => {
  // Closed: it opens at its newest items, where the last question came back after a pause of
  // more than 30 minutes.
  await page.goto('/threads/cthr_demo_long_history');
  await expect(page.getByText(/72 hours without a single failed delivery/)).toBeInViewport({
    timeout: 15_000,
  });
  const marker = page.getByRole('separator', { name: /^(\d+ d )?(\d+ h )?(\d+ min )?later$/ });
  await expect(marker.last()).toBeInViewport();
});

test('the transcript ends with what the customer sees, for each status', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const sees = page.getByRole('region', { name: 'What the customer sees' });
  await expect(sees).toContainText(
    "Locked — the customer can't send messages (Escalated to billing)",
  );
  // Said in words, not drawn as a (disabled) reply box.
  await expect(sees.getByRole('textbox')).toHaveCount(0);
  await expect(sees.getByRole('button')).toHaveCount(0);

  await page.goto('/threads/cthr_demo_locked_noreason');
  await expect(sees).toContainText("Locked — the customer can't send messages (no reason given)");

  await page.goto('/threads/cthr_demo_closed_resolved');
  await expect(sees).toContainText(
    "Closed — the customer can't send messages (Resolved: password reset link sent)",
  );

  await page.goto('/threads/cthr_demo_attachments');
  await expect(sees).toContainText('Active — the customer can still write');
});
