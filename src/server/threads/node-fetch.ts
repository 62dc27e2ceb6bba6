import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Fetch } from './chatkit-client';

type FetchInit = NonNullable<Parameters<Fetch>[1]>;

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

function urlOf(input: Parameters<Fetch>[0]): URL {
  if (typeof input === 'string') return new URL(input);
  return input instanceof URL ? input : new URL(input.url);
}

function requestBody(body: FetchInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  // This server only reads: the SDK never sends it a stream or a form.
  throw new TypeError('this fetch sends string or byte bodies only');
}

function responseHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '');
  return headers;
}

/** The body as a web stream, decoded as fetch decodes it (we never ask for an encoding). */
function responseBody(message: IncomingMessage, method: string): ReadableStream | null {
  const status = message.statusCode ?? 0;
  if (method === 'HEAD' || NO_BODY_STATUSES.has(status)) {
    message.resume();
    return null;
  }
  const coding = message.headers['content-encoding']?.trim().toLowerCase();
  const decoder = coding === undefined ? undefined : DECODERS[coding];
  const source: Readable = decoder ? message.pipe(decoder()) : message;
  if (decoder) message.on('error', (err) => source.destroy(err));
  return Readable.toWeb(source) as ReadableStream;
}

/**
 * A fetch for the SDK over node:http(s): the same contract it needs from the global fetch
 * (a standard Response; rejects with the signal's AbortError when aborted, and with
 * TypeError('fetch failed') carrying the cause when the connection fails; redirects are
 * returned, never followed), at about a third of undici fetch's CPU per call, which was most
 * of what an uncached thread view added. Connections are kept alive, as fetch keeps them.
 */
export function createNodeFetch(): Fetch {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true }),
    'https:': new HttpsAgent({ keepAlive: true }),
  };

  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = urlOf(input);
      const { signal } = init;
      if (signal?.aborted) {
        reject(signal.reason as Error);
        return;
      }
      const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
      if (url.protocol !== protocol) {
        reject(new TypeError(`fetch failed: unsupported protocol ${url.protocol}`));
        return;
      }
      const method = (init.method ?? 'GET').toUpperCase();
      const headers: Record<string, string> = {};
      for (const [name, value] of new Headers(init.headers)) headers[name] = value;
      const body = requestBody(init.body);
      const send = protocol === 'https:' ? httpsRequest : httpRequest;
      const options = { method, headers, agent: agents[protocol], signal: signal ?? undefined };
      const request = send(url, options);
      request.once('response', (message) => {
        try {
          const { statusCode: status = 0, statusMessage: statusText = '' } = message;
          const headers = responseHeaders(message);
          resolve(new Response(responseBody(message, method), { status, statusText, headers }));
        } catch (err) {
          message.destroy();
          reject(new TypeError('fetch failed', { cause: err }));
        }
      });
      // on, not once: a socket can fail again after the answer started.
      request.on('error', (err) => {
        if (err.name === 'AbortError' && signal?.aborted) reject(signal.reason as Error);
        else reject(new TypeError('fetch failed', { cause: err }));
      });
      request.end(body);
    });
}
