import type { RequestIdVariables } from 'hono/request-id';

/** Per-request values that middleware sets and later handlers (audit log, rate limit) read. */
export interface AppVariables extends RequestIdVariables {
  /**
   * Who is looking, when known: the trusted SSO header's value, or undefined. Set by the
   * access middleware; read by the audit log and the rate limiter.
   */
  agent: string | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
