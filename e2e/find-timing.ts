/**
 * Find-in-thread's answer time, measured inside the page: from the input event to the match
 * count being written. Shared by e2e/huge-thread.spec.ts and bench/huge-thread.ts.
 */
import type { Page } from '@playwright/test';

/** Types into "Find in thread" and times, in the page, from the input event to the count. */
export async function timeFind(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Find in thread' });
  await box.evaluate((input) => {
    const status = input.closest('[role="search"]')?.querySelector('[role="status"]');
    const timing = { typed: 0, answered: 0 };
    Object.assign(window, { findTiming: timing });
    input.addEventListener('input', () => (timing.typed = performance.now()), { capture: true });
    if (!status) return;
    new MutationObserver(() => {
      if (timing.answered === 0 && /of \d|No matches/.test(status.textContent)) {
        timing.answered = performance.now();
      }
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  await box.fill(query);
  await page.waitForFunction(
    () => (window as unknown as { findTiming: { answered: number } }).findTiming.answered > 0,
  );
  return page.evaluate(() => {
    const { typed, answered } = (
      window as unknown as { findTiming: { typed: number; answered: number } }
    ).findTiming;
    return answered - typed;
  });
}
