/**
 * The stand-in ChatKit API on a loopback port, for end-to-end tests that point the real server
 * at it through `OPENAI_BASE_URL`. Run with `tsx src/server/demo/stand-in-server.ts`.
 */
import { serve } from '@hono/node-server';
import { createStandInApi } from './stand-in-api';

const port = Number(process.env.STANDIN_PORT ?? 4010);
const app = createStandInApi({
  apiKey: process.env.STANDIN_API_KEY,
  faults: true,
  compress: true,
  // Lets the live-polling journey append items; this server runs only under the e2e suite.
  mutable: true,
  slowMs: Number(process.env.STANDIN_SLOW_MS ?? 1500),
  latencyMs: Number(process.env.STANDIN_LATENCY_MS ?? 0),
  latencyJitterMs: Number(process.env.STANDIN_LATENCY_JITTER_MS ?? 0),
  // A JSON line per request on stdout, for a benchmark counting what reaches upstream.
  onRequest: process.env.STANDIN_LOG_REQUESTS
    ? (request) => console.log(JSON.stringify(request))
    : undefined,
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
  console.log(`stand-in ChatKit API on http://127.0.0.1:${String(info.port)}/v1`);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  // Open keep-alive or hanging connections would otherwise hold close() forever.
  if ('closeAllConnections' in server) server.closeAllConnections();
}

process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
