/**
 * Issue 11: Lighthouse on the built app in demo mode, Debian's Chromium, headless, for the home
 * page, the escalation queue, a typical thread and the 10,000-item thread, with Lighthouse's
 * default mobile settings (a mid-range phone on a slow network: simulated throttling, 4× CPU
 * slowdown) and its desktop preset. Median of RUNS per page and preset. Budgets: mobile
 * performance ≥ 90 (≥ 80 for the 10,000-item thread), CLS ≤ 0.1, accessibility and best
 * practices 100, on every page and preset; no request leaves the app's origin.
 * Each run's report is kept in the system's temp folder for a look at what costs the score.
 * Alone: `npx tsx bench/run.ts lighthouse`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round, type Benchmark, type BenchRow } from './benchmark';
import { runLighthouse, type LighthouseReport } from './lighthouse-cli';
import { startApp, stop } from './processes';

const RUNS = 3;
const REPORTS = join(tmpdir(), 'threadline-lighthouse');

const PAGES = [
  { key: 'home', label: 'home page', path: '/', mobilePerformance: 90 },
  {
    key: 'queue',
    label: 'escalation queue',
    path: '/threads?status=locked',
    mobilePerformance: 90,
  },
  {
    key: 'typical',
    label: 'typical thread',
    path: '/threads/cthr_demo_refund_duplicate',
    mobilePerformance: 90,
  },
  {
    key: 'huge',
    label: '10,000-item thread',
    path: '/threads/cthr_demo_huge_escalation',
    mobilePerformance: 80,
  },
];

const PRESETS = [
  { name: 'mobile', args: [] },
  { name: 'desktop', args: ['--preset=desktop'] },
] as const;

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  lcp: number;
  tbt: number;
  benchmarkIndex: number;
  /** Requests to any origin other than the app's. */
  foreign: number;
}

const score = (report: LighthouseReport, category: string) =>
  Math.round((report.categories[category]?.score ?? NaN) * 100);
const metric = (report: LighthouseReport, audit: string) =>
  report.audits[audit]?.numericValue ?? NaN;

function readRun(report: LighthouseReport, origin: string): Run {
  const requests = report.audits['network-requests']?.details?.items ?? [];
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    cls: metric(report, 'cumulative-layout-shift'),
    lcp: metric(report, 'largest-contentful-paint'),
    tbt: metric(report, 'total-blocking-time'),
    benchmarkIndex: report.environment.benchmarkIndex,
    foreign: requests.filter((r) => r.url !== undefined && new URL(r.url).origin !== origin).length,
  };
}

/** One scored run; a run Lighthouse could not finish (runtimeError) is tried up to twice more. */
async function lighthouseRun(url: string, args: readonly string[], file: string): Promise<Run> {
  const flags = ['--only-categories=performance,accessibility,best-practices', ...args];
  for (let attempt = 1; ; attempt++) {
    const report = await runLighthouse(url, flags);
    writeFileSync(file, JSON.stringify(report));
    if (!report.runtimeError) return readRun(report, new URL(url).origin);
    const why = `${report.runtimeError.code} on ${url} ${args.join(' ')}`;
    if (attempt === 3) throw new Error(`Lighthouse failed 3 times: ${why}`);
    console.warn(`  Lighthouse failed (${why}); again`);
  }
}

function pageRows(label: string, preset: string, runs: Run[], performanceBudget?: number) {
  const mid = (pick: (run: Run) => number) => median(runs.map(pick));
  const performance = mid((r) => r.performance);
  const accessibility = mid((r) => r.accessibility);
  const bestPractices = mid((r) => r.bestPractices);
  const cls = mid((r) => r.cls);
  const name = (measure: string) => `${label}, ${preset}: ${measure}`;
  const rows: BenchRow[] = [
    {
      name: name('performance'),
      value: performance,
      unit: 'score',
      ...(performanceBudget !== undefined && {
        budget: `≥ ${String(performanceBudget)}`,
        pass: performance >= performanceBudget,
      }),
    },
    {
      name: name('accessibility'),
      value: accessibility,
      unit: 'score',
      budget: '100',
      pass: accessibility === 100,
    },
    {
      name: name('best practices'),
      value: bestPractices,
      unit: 'score',
      budget: '100',
      pass: bestPractices === 100,
    },
    { name: name('CLS'), value: round(cls), unit: '', budget: '≤ 0.1', pass: cls <= 0.1 },
    { name: name('LCP'), value: round(mid((r) => r.lcp)), unit: 'ms' },
    { name: name('TBT'), value: round(mid((r) => r.tbt)), unit: 'ms' },
  ];
  return rows;
}

async function measure(base: string): Promise<BenchRow[]> {
  mkdirSync(REPORTS, { recursive: true });
  const rows: BenchRow[] = [];
  const all: Run[] = [];
  for (const preset of PRESETS) {
    for (const page of PAGES) {
      const runs: Run[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const file = join(REPORTS, `${page.key}-${preset.name}-${String(run)}.json`);
        runs.push(await lighthouseRun(base + page.path, preset.args, file));
      }
      all.push(...runs);
      const budget = preset.name === 'mobile' ? page.mobilePerformance : undefined;
      rows.push(...pageRows(page.label, preset.name, runs, budget));
    }
  }
  const foreign = all.reduce((sum, run) => sum + run.foreign, 0);
  console.log(`  Lighthouse reports: ${REPORTS}`);
  return [
    ...rows,
    {
      name: 'requests to other origins (all runs)',
      value: foreign,
      unit: 'requests',
      budget: '0',
      pass: foreign === 0,
    },
    {
      // Lighthouse's own CPU score of this machine at the time: its mobile settings assume
      // roughly 1,000 or more; far less (a busy or slow machine) depresses performance scores.
      name: 'Lighthouse benchmarkIndex of this machine (median)',
      value: round(median(all.map((run) => run.benchmarkIndex))),
      unit: '',
    },
  ];
}

export const lighthouse: Benchmark = {
  name: `lighthouse: mobile and desktop presets, demo mode (median of ${String(RUNS)})`,
  async run() {
    const app = await startApp();
    try {
      return await measure(app.base);
    } finally {
      await stop(app.child);
    }
  },
};
