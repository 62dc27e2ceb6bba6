/**
 * `npm test`: every check, in stages, with the wall time of each printed at the end.
 *
 * The static checks and the build share the first stage: tsc, ESLint and Prettier are single
 * threaded, so on two cores they run side by side in about the time of the longest. Unit tests
 * and Playwright each want every core, so they run alone, after it. A failed stage stops the run.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
}

const stages: { name: string; steps: Step[] }[] = [
  {
    name: 'checks and build',
    steps: [
      { name: 'typecheck', command: 'npm run -s typecheck' },
      { name: 'eslint', command: 'npx eslint . --max-warnings 0' },
      { name: 'prettier', command: 'npx prettier --check --log-level warn .' },
      { name: 'build', command: 'npm run -s build' },
    ],
  },
  { name: 'unit', steps: [{ name: 'vitest', command: 'npx vitest run' }] },
  // Built in the first stage: Playwright runs the shipped artifact, as `npm start` does.
  { name: 'end-to-end', steps: [{ name: 'playwright', command: 'npx playwright test' }] },
];

interface Outcome {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs one command. Alone, its output streams; beside others, it is printed whole when done. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      if (!alone) {
        process.stdout.write(`\n── ${step.name} (${ok ? 'passed' : 'FAILED'}) ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name: step.name, seconds, ok });
    });
  });
}

const seconds = (value: number) => `${value.toFixed(1).padStart(6)} s`;
const suiteStarted = performance.now();
const report: string[] = [];
let failed = false;

for (const stage of stages) {
  const stageStarted = performance.now();
  const alone = stage.steps.length === 1;
  const outcomes = await Promise.all(stage.steps.map((step) => run(step, alone)));
  const stageSeconds = (performance.now() - stageStarted) / 1000;
  const stageFailed = outcomes.some((outcome) => !outcome.ok);
  report.push(`${seconds(stageSeconds)}  ${stage.name}${alone && stageFailed ? ' FAILED' : ''}`);
  if (!alone) {
    for (const outcome of outcomes) {
      report.push(`${seconds(outcome.seconds)}    ${outcome.name}${outcome.ok ? '' : ' FAILED'}`);
    }
  }
  if (stageFailed) {
    failed = true;
    break;
  }
}

const total = (performance.now() - suiteStarted) / 1000;
process.stdout.write(
  `\nWall time per stage (npm test):\n${report.join('\n')}\n${seconds(total)}  total${
    failed ? ' (stopped at the failed stage)' : ''
  }\n`,
);
process.exitCode = failed ? 1 : 0;
