import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Access } from '@/server/auth/access';
import { isCrossSitePost } from '@/server/auth/request-origin';
import { safeNext } from '@/server/auth/safe-next';
import { endSession, startSession } from '@/server/auth/session-cookie';
import { signInPage } from '@/server/auth/sign-in-page';
import { waitWords } from '@/server/auth/sign-in-throttle';
import { throttleKey } from '@/server/auth/throttle-key';
import { tokensMatch } from '@/server/auth/token-compare';
import { ApiProblem } from '@/server/http/api-errors';
import type { AppEnv } from '@/server/http/app-env';

const CROSS_SITE =
  'This sign-in form was sent from another site, so Threadline ignored it. Open Threadline directly and sign in there.';
const TOO_LARGE = 'That sign-in form was too large to be one. Reload the page and try again.';
const UNREADABLE = 'Threadline could not read that sign-in form. Reload the page and try again.';
const WRONG_TOKEN = 'That access token is not right. Check it and try again.';
const TOO_MANY =
  'That access token is not right, and many wrong ones came from your network. Check it, then try again in';

function page(c: Context, status: ContentfulStatusCode, next: string, error?: string) {
  // The page may carry an error about this browser's attempt: never from a cache.
  return c.html(signInPage({ next, error }), status, { 'Cache-Control': 'no-store' });
}

/**
 * A token form is a few hundred bytes; refuse to buffer anything much bigger. Our own 413:
 * hono/body-limit's default throws an HTTPException, which onError would call a server bug.
 */
const formLimit = bodyLimit({
  maxSize: 8 * 1024,
  onError: () => {
    throw new ApiProblem(413, 'payload_too_large', TOO_LARGE);
  },
});

const field = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** GET/POST /sign-in and POST /sign-out. Without a token there is nothing to sign in to. */
export function signInRoutes(access: Access) {
  const app = new Hono<AppEnv>();
  const token = access.token;
  if (!token) {
    app.on(['GET', 'POST'], ['/sign-in', '/sign-out'], (c) => c.redirect('/', 303));
    return app;
  }

  app.get('/sign-in', (c) => page(c, 200, safeNext(c.req.query('next'))));

  app.post('/sign-in', formLimit, async (c) => {
    if (isCrossSitePost(c)) return page(c, 403, '/', CROSS_SITE);
    const form = await c.req.parseBody().catch(() => undefined);
    if (form === undefined) return page(c, 400, '/', UNREADABLE);
    const next = safeNext(field(form.next));
    // Compared whatever came before: earlier wrong tokens, anyone's, never refuse the right one.
    if (tokensMatch(field(form.token)?.trim() ?? '', token.value)) {
      startSession(c, token.sessionKey);
      return c.redirect(next, 303);
    }
    const retryAfter = access.throttle.recordFailure(throttleKey(access.clientAddress(c)));
    if (retryAfter === 0) return page(c, 401, next, WRONG_TOKEN);
    await access.throttle.hold(retryAfter);
    c.header('Retry-After', String(retryAfter));
    return page(c, 429, next, `${TOO_MANY} ${waitWords(retryAfter)}.`);
  });

  app.post('/sign-out', (c) => {
    if (isCrossSitePost(c)) return c.text(CROSS_SITE, 403);
    endSession(c);
    return c.redirect('/sign-in', 303);
  });

  return app;
}
