import { expect, test } from './fixtures';

// Demo mode; the live project runs only *.live.spec.ts, where live mode differs.

test('the paste box refuses text without an ID, then opens a quoted ID and a logs URL', async ({
  page,
}) => {
  await page.goto('/');
  const threadRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/threads/')) threadRequests.push(request.url());
  });
  const box = page.getByRole('textbox', { name: 'Thread ID or link' });
  await box.fill('thread 12345 please');
  await box.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/No thread ID found in that text/);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/$/);
  expect(threadRequests).toEqual([]);

  // Stray quotes and whitespace from a ticket are ignored.
  await box.fill('  "cthr_demo_refund_duplicate"\n');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/threads\/cthr_demo_refund_duplicate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Refund for duplicate charge on order A-1023',
  );

  // A logs URL that contains an ID opens that thread.
  await page.getByRole('link', { name: 'Threadline' }).click();
  await page
    .getByRole('textbox', { name: 'Thread ID or link' })
    .fill('https://platform.openai.com/logs/cthr_demo_closed_resolved?tab=items');
  await page.getByRole('button', { name: 'Open thread' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_closed_resolved$/);
  // Scoped to the facts rail: the transcript's "What the customer sees" repeats the reason.
  const facts = page.getByRole('complementary', { name: 'Thread facts' });
  await expect(facts.getByText("Closed — the customer can't send messages")).toBeVisible();
  await expect(facts.getByText('Resolved: password reset link sent')).toBeVisible();
});

test('a deep link shows the header and every kind of item', async ({ page }) => {
  await page.goto('/threads/cthr_demo_refund_duplicate');
  const facts = page.getByRole('complementary', { name: 'Thread facts' });
  await expect(facts.getByText("Locked — the customer can't send messages")).toBeVisible();
  await expect(facts.getByText('Escalated to billing')).toBeVisible();
  await expect(facts).toContainText('maria.gomez@example.com');
  await expect(facts).toContainText('cthr_demo_refund_duplicate');

  // Exact times on keyboard focus, not only on hover (the first is when the thread was created).
  await facts.locator('time').first().focus();
  await expect(page.getByRole('tooltip')).toContainText('UTC: 2026-11-24 14:05:00 UTC');

  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(page.getByRole('status').filter({ hasText: /^12 items$/ })).toBeVisible();
  await expect(transcript.locator('blockquote')).toContainText('Your card ending 4417 was charged');
  await expect(transcript).toContainText('bank-statement-nov.png');
  await expect(transcript).toContainText('receipt-A-1023.pdf');
  await expect(transcript).toContainText('lookup_order');
  await expect(transcript).toContainText('Checking the order and payment history');
  await expect(transcript).toContainText('Checked the refund policy');
  await expect(transcript).toContainText('Refund request RF-20931');
  await expect(transcript.getByRole('link', { name: 'refund policy' })).toHaveAttribute(
    'rel',
    /noopener/,
  );
  await expect(transcript).toContainText('refund-policy-2026.pdf');
  await expect(transcript.locator('strong').first()).toHaveText('Two identical charges');
});

test('a closed 640-item thread opens at its last item, and its first is a click away', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_long_history');
  await expect(page.getByText(/72 hours without a single failed delivery/)).toBeInViewport({
    timeout: 15_000,
  });
  // Virtualized: far fewer rows exist than items.
  expect(
    await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').count(),
  ).toBeLessThan(100);
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(page.getByText(/Hi, since this morning most webhook deliveries/)).toBeInViewport();
});

test('the API reference example shape (inline items, bare types) renders', async ({ page }) => {
  await page.goto('/threads/cthr_demo_doc_example');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo feedback');
  await expect(
    page.getByRole('complementary', { name: 'Thread facts' }).getByText(/^Unknown status/),
  ).toBeVisible();
  await expect(page.getByText('I would like to give some feedback on the demo')).toBeVisible();
  await expect(page.getByText('Thanks for reaching out. What did you think?')).toBeVisible();
});

test('a thread whose items come only inline shows them, not an empty transcript', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_inline_only');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing export does nothing');
  await expect(page.getByText('The export button on the billing page does nothing.')).toBeVisible();
  await expect(page.getByText(/passed it to the billing team/)).toBeVisible();
  await expect(page.getByText('2 items')).toBeVisible();
  await expect(page.getByText(/no items yet/i)).toHaveCount(0);
});

test('hostile thread content stays inert text', async ({ page }) => {
  await page.goto('/threads/cthr_demo_hostile');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror=alert(1)>Refund',
  );
  await expect(page.getByText('<script>alert("user")</script>')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /items$/ })).toBeVisible();
  const root = page.locator('#root');
  await expect(root.locator('script, iframe, object, embed, svg[onload]')).toHaveCount(0);
  await expect(root.locator('img[src="x"], [onerror], [onload]')).toHaveCount(0);
  await expect(
    root.locator('a[href^="javascript:" i], a[href^="data:" i], img[src^="data:" i]'),
  ).toHaveCount(0);
  // The pageProblems fixture fails the test if any alert() ran.
});

test('bidi controls in names are shown, and a message cannot reorder what follows it', async ({
  page,
}) => {
  await page.goto('/threads/cthr_demo_hostile#cthi_hostile_11');
  const item = page.locator('article[aria-current="true"]');
  // "invoice-exe.jpg" is what the override would make the agent read.
  await expect(item.getByText('invoice-⟨U+202E⟩gpj.exe')).toBeVisible();
  await expect(page.getByText('refund⟨U+200B⟩_order⟨U+2067⟩')).toBeVisible();
  // The message keeps its own direction controls, isolated from the rest of the row.
  const message = item.getByText(/Here is my invoice/);
  await expect(message).toHaveText('Here is my invoice \u202Eplease refund it');
  expect(
    await message.evaluate((node) => {
      const box = node.closest('[dir="auto"]');
      return box ? getComputedStyle(box).unicodeBidi : null;
    }),
  ).toBe('isolate');
});

test('unknown routes show a not-found page with a way home', async ({ page }) => {
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('textbox', { name: 'Thread ID or link' })).toBeVisible();
});

test('from a thread, the header box opens another thread and copy buttons copy', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/threads/cthr_demo_refund_duplicate');
  // Exact: every item has its own "Copy link to this item".
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL ?? ''}/threads/cthr_demo_refund_duplicate`,
  );

  const search = page.getByRole('search', { name: 'Open a thread' });
  await search
    .getByRole('textbox', { name: 'Thread ID or link' })
    .fill('see cthr_demo_locked_noreason');
  await search.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(/\/threads\/cthr_demo_locked_noreason$/);
  await expect(
    page.getByRole('complementary', { name: 'Thread facts' }).getByText('no reason given'),
  ).toBeVisible();
});

test('a very long message is clipped behind "Show more"', async ({ page }) => {
  await page.goto('/threads/cthr_demo_hostile');
  const more = page.getByRole('button', { name: 'Show more' }).first();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(page.getByRole('button', { name: 'Show less' }).first()).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});
