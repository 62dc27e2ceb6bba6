import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Who is asking, as far as the network can tell: keys the rate limit and the audit log. */
export type ClientAddressResolver = (c: Context) => string;

/**
 * The TCP peer's address. Behind a reverse proxy that is the proxy's address, so agents share
 * one rate-limit bucket unless THREADLINE_TRUSTED_USER_HEADER names them. Requests that did
 * not come through a socket (app.request() in tests) are 'unknown'.
 */
export const socketAddress: ClientAddressResolver = (c) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};
