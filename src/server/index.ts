import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { InvalidEnvError, readProcessEnv, type ServerEnv } from './env';
import { clientAddressResolver } from './http/client-address';
import { answerClientErrors } from './http/client-error';
import { securityHeaderValues } from './http/security-headers';
import { gracefulCloser } from './http/graceful-close';
import { SERVER_OPTIONS } from './http/server-options';
import { createLogger } from './logger';
import { createCachedThreadsService } from './threads/cached-threads-service';
import { createDemoClient, createLiveClient } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';
import { openStorage } from './open-storage';
import { loadNameKey } from './auth/agent-name';

const SHUTDOWN_GRACE_MS = 10_000;
// The built SPA, and nothing else: the server's own bundle (dist/server) is never served.
// Two levels up from both src/server/index.ts (npm run serve) and dist/server/index.js.
const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

function loadEnv(): ServerEnv {
  try {
    return readProcessEnv();
  } catch (err) {
    if (!(err instanceof InvalidEnvError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

const env = loadEnv();
const logger = createLogger(env.logLevel);
const client =
  env.apiKey === undefined
    ? createDemoClient(
        env.upstreamTimeoutMs,
        env.maxUpstreamBytes,
        env.demoLatencyMs,
        env.demoThreads,
      )
    : createLiveClient({
        apiKey: env.apiKey,
        baseURL: env.baseURL,
        timeoutMs: env.upstreamTimeoutMs,
        maxBytes: env.maxUpstreamBytes,
      });
const upstream = createThreadsService({ client, timeoutMs: env.upstreamTimeoutMs });
// The index (when on) reads upstream itself, uncached, and learns from every agent's read.
const storage = await openStorage(env, upstream, logger);
const threads = createCachedThreadsService(storage.wrap(upstream), { ttlMs: env.cacheTtlMs });
const app = createApp({
  index: storage.index,
  reviews: storage.reviews,
  reviewOutcomes: env.reviewOutcomes,
  writeRateLimitPerMinute: env.writeRateLimitPerMinute,
  // Only a server without a gate signs name cookies of its own (the others: SSO or the session).
  nameKey:
    env.accessToken === undefined && env.trustedUserHeader === undefined
      ? loadNameKey(env.dataDir)
      : undefined,
  indexDays: env.indexDays,
  threads,
  mode: env.mode,
  logger,
  staticDir: CLIENT_DIR,
  rateLimitPerMinute: env.rateLimitPerMinute,
  previewHosts: env.previewHosts,
  access: { accessToken: env.accessToken, trustedUserHeader: env.trustedUserHeader },
  clientAddress: clientAddressResolver(env.trustedProxies),
});

const modeLabel =
  env.mode === 'demo'
    ? 'demo mode: sample threads, no OpenAI key'
    : `live mode: ${env.baseURL ?? 'https://api.openai.com/v1'}`;

// Node answers what it cannot parse itself, with the headers the app's middleware sets.
const clientErrorHeaders = await securityHeaderValues(env.previewHosts);
const listen = { fetch: app.fetch, hostname: env.host, port: env.port };
// Plain HTTP (no createServer option), so serve() returns an http.Server.
const server = serve({ ...listen, serverOptions: SERVER_OPTIONS }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Threadline listening on http://${host}:${info.port} (${modeLabel})`);
}) as Server;
answerClientErrors(server, clientErrorHeaders);
const closeGracefully = gracefulCloser(server);

server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(
    `Threadline could not listen on ${env.host}:${env.port}: ${err.code ?? err.message}`,
  );
  process.exit(1);
});

function shutdown(signal: NodeJS.Signals) {
  logger.info({ signal }, 'shutting down');
  // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
  closeGracefully(() => {
    void storage.close().finally(() => process.exit(0));
  });
  setTimeout(() => {
    logger.warn('in-flight requests did not finish in time; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}

process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
