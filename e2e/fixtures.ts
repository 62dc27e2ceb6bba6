import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Fails the test on any axe violation of WCAG 2.1 A/AA on the current page. */
  expectAccessible: (page?: Page) => Promise<void>;
  /**
   * The same, in light mode and then in dark mode: the color scheme is switched in place, so one
   * page load serves both scans (axe once per page kind and theme).
   */
  expectAccessibleInBothThemes: (page?: Page) => Promise<void>;
  /**
   * Uncaught errors, dialogs (an `alert` would mean hostile content ran) and Content Security
   * Policy violations, which Chromium reports only on the console: the built app must work
   * under the server's CSP, so any refusal fails the test.
   */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|Refused to/i.test(text)) problems.push(`csp: ${text}`);
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(problems);
      expect(problems, 'no uncaught errors, dialogs or CSP violations on the page').toEqual([]);
    },
    { auto: true },
  ],
  expectAccessible: async ({ page }, use) => {
    await use((target = page) => scanWithAxe(target));
  },
  expectAccessibleInBothThemes: async ({ page }, use) => {
    await use(async (target = page) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await target.emulateMedia({ colorScheme });
        await test.step(`axe in ${colorScheme} mode`, () => scanWithAxe(target, colorScheme));
      }
    });
  },
});

export { expect };

async function scanWithAxe(page: Page, colorScheme?: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary, colorScheme ? `axe violations in ${colorScheme} mode` : 'axe violations').toEqual(
    [],
  );
}

/** The page has no horizontal scroll: long content wraps. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}
