import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

// --- Precompression (issue 10): what the Node server sends instead of the raw files. -----------
/**
 * A .br and a .gz beside every text file of 1 KiB or more in dist/client, made once at build
 * time at the highest levels (too slow to do per request); the server picks one per
 * Accept-Encoding (serveStatic's `precompressed`). Smaller files gain less than a packet.
 */
const precompress = compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 });
// --- End of precompression. ----------------------------------------------------------------------

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress],
  resolve: {
    alias: {
      '@': src,
      // wouter's shim for React < 18; React 19 has the hook itself.
      'use-sync-external-store/shim/index.js': 'react',
    },
  },
  build: {
    outDir: 'dist/client',
    sourcemap: false,
    // The entry's shared chunks are preloaded from index.html, so a cold deep link fetches them
    // alongside the entry, not after parsing it. Every browser we support has
    // <link rel=modulepreload>: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page runs (React, the query cache, the router) in one chunk: left to
            // itself, Rolldown split it into several small ones as lazy pages came to share it,
            // and each costs a request and its own compression overhead on a cold load.
            {
              name: 'framework',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/](query-core|react-query)|wouter|regexparam)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // In development the Node server (npm run serve) answers /api and the sign-in pages (used
  // when THREADLINE_ACCESS_TOKEN is set); Vite serves the SPA.
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8787',
      '/sign-in': 'http://127.0.0.1:8787',
      '/sign-out': 'http://127.0.0.1:8787',
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/shared/**/*.test.ts'],
          // The database contract suites run on PostgreSQL too when there is one (.ci/run starts
          // it and sets the URL); in CI its absence fails them (src/server/db/test-databases.ts).
          provide: {
            testDatabaseUrl: process.env.TEST_DATABASE_URL ?? '',
            postgresRequired: Boolean(process.env.CI),
          },
          // One module graph for every file: the tests share no module state (none mocks a
          // module), and re-importing the SDK and Hono per file cost most of the run.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The lint rules that hold the architecture, run on imports that would break it.
          name: 'tooling',
          environment: 'node',
          include: ['eslint.config.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'happy-dom',
          include: ['src/client/**/*.test.{ts,tsx}'],
          exclude: ['src/client/**/*.mocked.test.{ts,tsx}'],
          setupFiles: ['src/client/testing/setup-tests.ts'],
          // One DOM environment and module graph for all files (about 5× faster here); every
          // test renders into a fresh container and a fresh QueryClient (setup-tests.ts).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module with vi.mock get a module graph of their own.
          name: 'client-mocked',
          environment: 'happy-dom',
          include: ['src/client/**/*.mocked.test.{ts,tsx}'],
          setupFiles: ['src/client/testing/setup-tests.ts'],
        },
      },
    ],
  },
});
