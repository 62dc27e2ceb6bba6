import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { WRITE_HEADER } from '@/shared/api-contract';
import type { AppEnv } from './app-env';
import { ApiProblem } from './api-errors';
import type { ClientAddressResolver } from './client-address';
import { rateLimit } from './rate-limit';

/** A review with a full note is about 60 KiB at worst (every character escaped); far above. */
export const WRITE_BODY_LIMIT_BYTES = 128 * 1024;

const HEADER_MESSAGE = `Review changes must come from Threadline's own pages (the ${WRITE_HEADER} header is missing).`;
const TOO_LARGE_MESSAGE =
  'That change is far larger than any review. Shorten the note and try again.';

/**
 * What every write (a review, a flag, a name) must pass, besides the same-origin check all of
 * /api has: a custom header (a form on another site cannot send one, and a script there would
 * need a CORS preflight we never answer), a size limit (413 before the body is buffered), and a
 * per-agent rate limit.
 */
export function writeGuard(options: {
  perMinute: number;
  clientAddress: ClientAddressResolver;
}): MiddlewareHandler<AppEnv>[] {
  const header: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.header(WRITE_HEADER) !== '1')
      throw new ApiProblem(403, 'write_header_missing', HEADER_MESSAGE);
    await next();
  };
  const size = bodyLimit({
    maxSize: WRITE_BODY_LIMIT_BYTES,
    onError: () => {
      throw new ApiProblem(413, 'payload_too_large', TOO_LARGE_MESSAGE);
    },
  });
  const guards: MiddlewareHandler<AppEnv>[] = [header, size];
  // Per SSO identity, else per address: a self-given name could be changed to dodge the limit.
  if (options.perMinute > 0)
    guards.push(
      rateLimit({
        perMinute: options.perMinute,
        clientAddress: options.clientAddress,
        message: (seconds) =>
          `You're saving changes faster than this server allows. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
      }),
    );
  return guards;
}

/** Reads a JSON body; anything else is a 400 that says what was expected. */
export async function readJson(c: Context, what: string): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ApiProblem(
      400,
      'invalid_request',
      `Send ${what} as JSON (Content-Type: application/json).`,
    );
  try {
    return await c.req.json();
  } catch {
    throw new ApiProblem(
      400,
      'invalid_request',
      `${what[0]?.toUpperCase()}${what.slice(1)} is not valid JSON.`,
    );
  }
}
