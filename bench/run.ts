/**
 * `npm run bench`: runs every benchmark below, prints one table and writes it to
 * bench/results.md. Exits 1 if any figure misses its budget. To add a benchmark, write a
 * module exporting a Benchmark (see benchmark.ts) and list it here. `npm run bench -- proxy`
 * (or `npx tsx bench/run.ts lighthouse` without building) runs only the benchmarks whose name
 * contains a given word, and prints without writing.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { agentLatency } from './agent-latency';
import type { Benchmark, BenchRow } from './benchmark';
import { firstLoad } from './first-load';
import { hugeThread } from './huge-thread';
import { lighthouse } from './lighthouse';
import { proxyAgents } from './proxy-agents';
import { proxyHostile } from './proxy-hostile';
import { proxyLoad } from './proxy-load';
import { proxyMemory } from './proxy-memory';
import { proxyStart } from './proxy-start';
import { indexing } from './indexing';
import { proxyUncached } from './proxy-uncached';
import { ROOT } from './processes';
import { replicas } from './replicas';
import { revisit } from './revisit';
import { reviews } from './reviews';
import { threadIndex } from './thread-index';
import { wireBytes } from './wire-bytes';

const BENCHMARKS: Benchmark[] = [
  proxyAgents,
  proxyLoad,
  proxyUncached,
  proxyHostile,
  proxyStart,
  proxyMemory,
  firstLoad,
  wireBytes,
  revisit,
  hugeThread,
  agentLatency,
  threadIndex,
  indexing,
  replicas,
  reviews,
  lighthouse,
];

function table(results: { benchmark: string; rows: BenchRow[] }[]): string {
  const lines = [
    '| Benchmark | Measure | Value | Unit | Budget | Pass |',
    '| --- | --- | ---: | --- | --- | --- |',
  ];
  for (const { benchmark, rows } of results) {
    for (const row of rows) {
      const pass = row.pass === undefined ? '' : row.pass ? 'yes' : '**no**';
      const cells = [benchmark, row.name, String(row.value), row.unit, row.budget ?? '', pass];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${memory}, ${process.platform}`;
}

const only = process.argv.slice(2);
const selected = BENCHMARKS.filter(
  (b) => only.length === 0 || only.some((w) => b.name.includes(w)),
);

const results: { benchmark: string; rows: BenchRow[] }[] = [];
for (const benchmark of selected) {
  console.log(`running: ${benchmark.name}`);
  const started = performance.now();
  results.push({ benchmark: benchmark.name, rows: await benchmark.run() });
  console.log(`  done in ${Math.round((performance.now() - started) / 1000)} s`);
}

const report = [
  '# Benchmark results',
  '',
  `${new Date().toISOString()} · ${machine()}`,
  '',
  table(results),
  '',
].join('\n');
console.log(`\n${report}`);
if (only.length === 0) writeFileSync(`${ROOT}bench/results.md`, report);

const failed = results.flatMap((r) => r.rows).filter((row) => row.pass === false);
if (failed.length > 0) {
  console.error(`${failed.length} figure(s) missed the budget.`);
  process.exitCode = 1;
}
