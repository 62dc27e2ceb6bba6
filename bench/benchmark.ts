/** One measured figure. `budget` and `pass` are set when the figure has a limit to meet. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget?: string;
  pass?: boolean;
}

/** A benchmark: bench/run.ts runs each in turn and prints every row it returns. */
export interface Benchmark {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Rounds for display: integers stay integers, small numbers keep two decimals. */
export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
