import type { ServerOptions } from 'node:http';

/**
 * Connection hygiene for the Node server, so slow or idle clients cannot pin sockets and
 * memory. Responses are bounded separately: every upstream call has a 1.5 × timeout deadline.
 */
export const SERVER_OPTIONS = {
  // A client gets 10 s to send its headers (slowloris) and 30 s for the whole request.
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  // Idle keep-alive sockets close after 5 s (Node's default, stated so it is not changed by
  // accident). Behind a proxy whose idle timeout is longer, raise it above the proxy's.
  keepAliveTimeout: 5_000,
  // How often Node enforces the two timeouts above; its default of 30 s lets them overrun.
  connectionsCheckingInterval: 1_000,
} satisfies ServerOptions;
