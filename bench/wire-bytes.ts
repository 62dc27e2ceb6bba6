/**
 * Issue 10, budget 3: what each page costs on the wire, compressed as the server sends it, and
 * whether Lighthouse's "uses-text-compression" audit passes on it. Headless Chromium against
 * the production build in demo mode, a fresh context per page, counting every response until the
 * page is ready and the network is idle (a long thread's item pages included): bytes on the wire
 * (encoded body) next to the same bodies decoded.
 *
 * Lighthouse's audit runs through lighthouse-cli.ts.
 */
import type { Page, Response } from '@playwright/test';
import { round, type Benchmark, type BenchRow } from './benchmark';
import { launchBrowser } from './browser';
import { runLighthouse, type LighthouseAudit as Audit } from './lighthouse-cli';
import { startApp, stop } from './processes';

const transcriptShows = (count: string) => async (page: Page) => {
  const status = page.locator('section[aria-label="Conversation"] [role="status"]', {
    hasText: new RegExp(`^${count} items$`),
  });
  await status.first().waitFor({ timeout: 120_000 });
};

const PAGES = [
  {
    label: 'typical thread',
    path: '/threads/cthr_demo_refund_duplicate',
    ready: transcriptShows('\\d+'),
  },
  {
    label: '10,000-item thread',
    path: '/threads/cthr_demo_huge_escalation',
    ready: transcriptShows('10,000'),
  },
  {
    label: 'thread list',
    path: '/threads',
    ready: (page: Page) => page.getByRole('link').first().waitFor(),
  },
  {
    label: 'home page',
    path: '/',
    ready: (page: Page) => page.getByRole('textbox').first().waitFor(),
  },
];

type Kind = 'JavaScript' | 'CSS' | 'HTML' | 'API JSON' | 'other';

function kindOf(response: Response): Kind {
  const type = response.headers()['content-type'] ?? '';
  if (/javascript/.test(type)) return 'JavaScript';
  if (/text\/css/.test(type)) return 'CSS';
  if (/text\/html/.test(type)) return 'HTML';
  if (new URL(response.url()).pathname.startsWith('/api/')) return 'API JSON';
  return 'other';
}

interface Counted {
  kind: Kind;
  wire: number;
  decoded: number;
}

async function bytesOf(response: Response): Promise<Counted | null> {
  try {
    const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
    return { kind: kindOf(response), wire: sizes.responseBodySize, decoded: body.length };
  } catch {
    return null; // a redirect or an aborted request has no body
  }
}

/** Every response of one cold visit, until `ready` and an idle network. */
async function visit(base: string, path: string, ready: (page: Page) => Promise<unknown>) {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const pending: Promise<Counted | null>[] = [];
    page.on('response', (response) => pending.push(bytesOf(response)));
    await page.goto(base + path);
    await ready(page);
    await page.waitForLoadState('networkidle');
    return (await Promise.all(pending)).filter((c): c is Counted => c !== null);
  } finally {
    await browser.close();
  }
}

/** Lighthouse's uses-text-compression audit of one page: its score and the bytes it would save. */
async function textCompressionAudit(url: string): Promise<Audit> {
  const report = await runLighthouse(url, [
    '--only-audits=uses-text-compression',
    '--form-factor=desktop',
    '--screenEmulation.disabled',
    '--throttling-method=provided',
  ]);
  const audit = report.audits['uses-text-compression'];
  if (!audit) throw new Error(`Lighthouse did not run uses-text-compression on ${url}`);
  return audit;
}

/** An audit that could not run (score null: the page did not settle in Lighthouse's time) runs once more. */
async function auditWithRetry(url: string): Promise<Audit> {
  const first = await textCompressionAudit(url);
  if (first.score !== null) return first;
  console.warn(`  Lighthouse could not score ${url} (${first.errorMessage ?? 'no score'}); again`);
  return textCompressionAudit(url);
}

const kib = (bytes: number) => round(bytes / 1024);

function pageRows(label: string, counted: Counted[], audit: Audit): BenchRow[] {
  const sum = (pick: (c: Counted) => number, of = counted) => of.reduce((s, c) => s + pick(c), 0);
  const wire = sum((c) => c.wire);
  const decoded = sum((c) => c.decoded);
  const kinds = [...new Set(counted.map((c) => c.kind))].sort();
  const savings = audit.details?.overallSavingsBytes ?? 0;
  return [
    { name: `${label}: all responses on the wire`, value: kib(wire), unit: 'KiB' },
    { name: `${label}: the same, decoded`, value: kib(decoded), unit: 'KiB' },
    ...kinds.map((kind) => ({
      name: `${label}: ${kind} on the wire`,
      value: kib(
        sum(
          (c) => c.wire,
          counted.filter((c) => c.kind === kind),
        ),
      ),
      unit: 'KiB',
    })),
    {
      name: `${label}: Lighthouse uses-text-compression, avoidable transfer`,
      value: kib(savings),
      unit: 'KiB',
      budget: 'audit passes',
      pass: audit.score === 1,
    },
  ];
}

export const wireBytes: Benchmark = {
  name: 'bytes on the wire per page (compressed), Lighthouse text compression',
  async run(): Promise<BenchRow[]> {
    const app = await startApp();
    try {
      const rows: BenchRow[] = [];
      for (const { label, path, ready } of PAGES) {
        const counted = await visit(app.base, path, ready);
        rows.push(...pageRows(label, counted, await auditWithRetry(app.base + path)));
      }
      return rows;
    } finally {
      await stop(app.child);
    }
  },
};
