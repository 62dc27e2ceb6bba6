import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono, MiddlewareHandler } from 'hono';
import { withDeepLinkPreloads } from './deep-link-preloads';
import { isApiPath } from './http/api-path';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
export const BUILD_FIRST_MESSAGE =
  'Threadline has not been built yet. Run npm run build first, then restart the server.';

/**
 * Serves the built SPA from `dir`. Vite's hashed files under /assets/ never change, so they are
 * cached for a year; everything else (index.html above all) is revalidated so a deploy shows
 * up on the next load. Paths without a file get index.html so deep links reach the client
 * router, which renders its own not-found page.
 */
export function mountStatic<E extends Env>(
  app: Hono<E>,
  dir: string,
  options: { indexOn: boolean } = { indexOn: false },
): void {
  const indexPath = join(dir, 'index.html');

  // Without a build there is nothing to serve; the fallback below answers 503 instead. The
  // build writes a .br and a .gz beside each text file over 1 KiB (vite.config.ts); serveStatic
  // sends the one the browser accepts, with Content-Encoding and Vary: Accept-Encoding.
  const files = existsSync(dir) ? serveStatic<E>({ root: dir, precompressed: true }) : undefined;

  const serveFile: MiddlewareHandler<E> = async (c, next) => {
    if (!files || isApiPath(c.req.path)) return next();
    // Set before serving: serveStatic builds its response before any onFound hook runs.
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    return files(c, next);
  };
  app.use('*', serveFile);

  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    // A missing hashed asset is a stale page asking for an old build: HTML would not help it.
    if (c.req.path.startsWith('/assets/')) {
      c.header('Cache-Control', REVALIDATE);
      return c.text('Not found', 404);
    }
    const html = await readFile(indexPath, 'utf8').catch(() => undefined);
    if (html === undefined) return c.text(BUILD_FIRST_MESSAGE, 503);
    c.header('Cache-Control', REVALIDATE);
    const search = new URL(c.req.url).search;
    return c.html(withDeepLinkPreloads(html, c.req.path, search, options));
  });
}
