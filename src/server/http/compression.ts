import type { MiddlewareHandler } from 'hono';
import { compress, COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';

/** Below this an answer fits in a packet or two either way: compressing it only costs CPU. */
const MIN_BYTES = 1024;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** Whether hono/compress would consider the answer at all (its type and Cache-Control rules). */
function mayCompress(res: Response): boolean {
  const type = res.headers.get('Content-Type') ?? '';
  const cacheControl = res.headers.get('Cache-Control') ?? '';
  return COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) && !NO_TRANSFORM.test(cacheControl);
}

/**
 * hono/compress (gzip or deflate, per Accept-Encoding) for compressible answers of 1 KiB or
 * more: JSON pages, HTML. Its threshold reads Content-Length, which c.json(), c.text() and
 * c.html() never set (Node adds it while writing), so such an answer, a string in memory
 * already, is measured here first; without that every tiny answer would be compressed.
 * An answer that must stream says so with Cache-Control: no-transform (or is
 * text/event-stream), and is neither buffered nor compressed. Files come from serveStatic with
 * their length, the hashed assets precompressed at build time (their own Content-Encoding).
 */
export function compression(): MiddlewareHandler {
  const compressor = compress({ threshold: MIN_BYTES });
  return (c, next) =>
    compressor(c, async () => {
      await next();
      const { res } = c;
      if (c.req.method === 'HEAD' || !res.body || !mayCompress(res)) return;
      if (res.headers.has('Content-Encoding')) return;
      let length = Number(res.headers.get('Content-Length') ?? NaN);
      // A client that accepts no encoding gets the answer as it is: nothing to measure for.
      if (Number.isNaN(length) && !c.req.header('Accept-Encoding')) return;
      if (Number.isNaN(length)) {
        const body = await res.arrayBuffer();
        length = body.byteLength;
        c.res = new Response(body, res);
        c.res.headers.set('Content-Length', String(length));
      }
      // Caches must keep the encoded and the plain answer apart.
      if (length >= MIN_BYTES) c.res.headers.append('Vary', 'Accept-Encoding');
    });
}
