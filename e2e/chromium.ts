/**
 * Which Chromium runs the end-to-end tests and the browser benchmarks, and how:
 * PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium (Playwright cannot download browsers
 * on every machine), else Playwright's own browser (undefined).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string | undefined {
  return (
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}
