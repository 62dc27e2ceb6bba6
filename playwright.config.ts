import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';
import {
  DEMO_PORT,
  GATED_PORT,
  LIVE_PORT,
  STAND_IN_PORT,
  TEST_ACCESS_TOKEN,
  TEST_API_KEY,
} from './e2e/test-env';

const executablePath = chromiumPath();

/** The shipped artifact, as `npm start` runs it (`npm run test:e2e` builds it first). */
const server = (port: number, env: Record<string, string>) => ({
  command: 'node dist/server/index.js',
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  env: {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Every test shares one loopback address; the limiter has its own server tests.
    THREADLINE_RATE_LIMIT: '0',
    // Each server its own database, never the checkout's ./data.
    THREADLINE_DATA_DIR: join(tmpdir(), `threadline-e2e-${String(port)}`),
    ...env,
  },
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One per core: more starve Chromium and the servers on a two-core machine (measured).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 45_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      // Every UI journey, once: demo mode runs the same server code on the embedded threads.
      name: 'demo',
      use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` },
      testIgnore: [/\.live\.spec\.ts$/, /\.gated\.spec\.ts$/],
    },
    {
      // Only what differs in live mode: the SDK over HTTP, upstream faults, the key, live tail.
      name: 'live',
      use: { baseURL: `http://127.0.0.1:${LIVE_PORT}` },
      testMatch: /\.live\.spec\.ts$/,
    },
    {
      name: 'gated',
      use: { baseURL: `http://127.0.0.1:${GATED_PORT}` },
      testMatch: /\.gated\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/tsx src/server/demo/stand-in-server.ts',
      url: `http://127.0.0.1:${STAND_IN_PORT}/v1/chatkit/threads`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        STANDIN_PORT: String(STAND_IN_PORT),
        STANDIN_API_KEY: TEST_API_KEY,
        STANDIN_SLOW_MS: '1500',
      },
    },
    server(LIVE_PORT, {
      OPENAI_API_KEY: TEST_API_KEY,
      OPENAI_BASE_URL: `http://127.0.0.1:${STAND_IN_PORT}/v1`,
      THREADLINE_UPSTREAM_TIMEOUT_MS: '1500',
      // These journeys count and fault the stand-in's calls: no indexer calling it besides.
      THREADLINE_INDEX: 'off',
    }),
    server(DEMO_PORT, {
      OPENAI_API_KEY: '',
      // The journeys know the hand-made samples by heart: no generated threads around them, and
      // a window wide enough to keep those samples (dated late 2026) indexed.
      THREADLINE_DEMO_THREADS: '0',
      THREADLINE_INDEX_DAYS: '365',
    }),
    server(GATED_PORT, {
      OPENAI_API_KEY: TEST_API_KEY,
      OPENAI_BASE_URL: `http://127.0.0.1:${STAND_IN_PORT}/v1`,
      THREADLINE_ACCESS_TOKEN: TEST_ACCESS_TOKEN,
      THREADLINE_TRUSTED_USER_HEADER: '',
      THREADLINE_INDEX: 'off',
    }),
  ],
});
