import { expect, test } from './fixtures';
import { FIRST_LOAD_BUDGET, isWidgetChunk, kb, measureFirstLoad } from './first-load';

// Issue 10's first-load budget (held by CI): a cold deep link to a thread downloads at most 125 kB
// of JavaScript and 10 kB of CSS, gzip, in kB of 1,000 bytes. Each thread below exercises
// different item renderers.
const deepLinks = [
  { thread: 'cthr_demo_refund_duplicate', why: 'Markdown, sources, tool calls, tasks, widgets' },
  { thread: 'cthr_demo_closed_resolved', why: 'a closed thread with its closing message' },
  { thread: 'cthr_demo_attachments', why: 'attachments and quotes' },
];

for (const { thread, why } of deepLinks) {
  test(`a cold deep link to ${thread} (${why}) stays within the first-load budget`, async ({
    page,
  }, testInfo) => {
    const load = await measureFirstLoad(page, `/threads/${thread}`, async (p) => {
      await expect(
        p.getByRole('list', { name: 'Transcript' }).getByRole('listitem').first(),
      ).toBeVisible();
    });
    testInfo.annotations.push({
      type: 'first load',
      description: `JS ${kb(load.jsBytes)} kB, CSS ${kb(load.cssBytes)} kB gzip: ${load.assets
        .map((a) => `${a.path} ${(a.gzipBytes / 1000).toFixed(1)}`)
        .join(', ')}`,
    });
    expect(load.assets.some((a) => a.kind === 'js')).toBe(true);
    const widgetBytes = load.assets
      .filter((a) => isWidgetChunk(a.path))
      .reduce((sum, a) => sum + a.gzipBytes, 0);
    expect(kb(load.jsBytes - widgetBytes), 'JavaScript, kB gzip').toBeLessThanOrEqual(
      FIRST_LOAD_BUDGET.jsKB,
    );
    expect(kb(widgetBytes), 'widget renderer, kB gzip').toBeLessThanOrEqual(
      FIRST_LOAD_BUDGET.widgetKB,
    );
    expect(kb(load.cssBytes), 'CSS, kB gzip').toBeLessThanOrEqual(FIRST_LOAD_BUDGET.cssKB);
  });
}

test('the list pages and the export code are not part of a thread deep link', async ({ page }) => {
  const load = await measureFirstLoad(page, '/threads/cthr_demo_refund_duplicate', async (p) => {
    await expect(p.getByRole('list', { name: 'Transcript' })).toBeVisible();
  });
  const paths = load.assets.map((a) => a.path).join('\n');
  expect(paths).not.toMatch(/thread-list-route|triage-route|home-route|export-formats/);
});
