/**
 * Lighthouse 12 (a devDependency, never run by `npm test`) through its CLI, on Debian's Chromium
 * (CHROME_PATH, else chromiumPath()) with the flags every Chromium here runs with, headless.
 * Offline: error reporting is off and the browser's background networking is disabled, so the
 * only requests are to the page under test (the lighthouse bench checks that too).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { ROOT } from './processes';

const run = promisify(execFile);

/** Headless mode on top of the shared flags; Playwright adds it itself, Lighthouse does not. */
const FLAGS = [...CHROMIUM_ARGS, '--headless=new'];

export interface LighthouseAudit {
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  errorMessage?: string;
  details?: { overallSavingsBytes?: number; items?: { url?: string }[] };
}

export interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, LighthouseAudit | undefined>;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
}

/**
 * One Lighthouse run of `url` with extra CLI `args`; the report as JSON. The report goes to a
 * file, not stdout: a run the page broke (runtimeError, e.g. CHROME_INTERSTITIAL_ERROR when a
 * busy machine let the load time out) exits 1 at once, cutting piped output short, but writes
 * its report first; that report is returned, for the caller to retry.
 */
export async function runLighthouse(url: string, args: string[]): Promise<LighthouseReport> {
  const file = join(
    tmpdir(),
    `threadline-lighthouse-${String(process.pid)}-${String(++runs)}.json`,
  );
  try {
    await lighthouseCli(url, [...args, `--output-path=${file}`]).catch((error: unknown) => {
      if (!existsSync(file)) throw error;
    });
    return JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
  } finally {
    rmSync(file, { force: true });
  }
}

let runs = 0;

function lighthouseCli(url: string, args: string[]) {
  return run(
    `${ROOT}node_modules/.bin/lighthouse`,
    [
      url,
      ...args,
      '--output=json',
      '--quiet',
      '--no-enable-error-reporting',
      `--chrome-flags=${FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? chromiumPath() } },
  );
}
