import { OpenAI, type ClientOptions } from 'openai';
import { createStandInApi } from '@/server/demo/stand-in-api';
import { generatedThreads } from '@/server/demo/sample-threads-generated';
import { sampleThreads } from '@/server/demo/sample-threads';
import {
  createUpstreamDispatcher,
  DEFAULT_MAX_UPSTREAM_BYTES,
  upstreamFetch,
  withDecodedByteCap,
} from './upstream-transport';

export type Fetch = NonNullable<ClientOptions['fetch']>;

/** Anything that answers a Request in-process, such as a Hono app. */
export interface InProcessApi {
  fetch(request: Request): Response | Promise<Response>;
}

export interface LiveClientOptions {
  apiKey: string;
  /** undefined → the SDK's default, https://api.openai.com/v1. */
  baseURL?: string | undefined;
  timeoutMs: number;
  /** Largest upstream body, on the wire and decoded (THREADLINE_MAX_UPSTREAM_BYTES). */
  maxBytes?: number | undefined;
  /** Tests and demo mode hand in an in-process transport; production uses undici. */
  fetch?: Fetch | undefined;
}

export const DEMO_API_KEY = 'threadline-demo';
export const DEMO_BASE_URL = 'http://demo.threadline.invalid/v1';

/**
 * A transport that answers from an in-process app instead of the network. It rejects as soon as
 * the caller's signal aborts, so the SDK's timeout works even if the app never answers. It
 * listens on the caller's signal, not the Request's: a Request follows its init signal only
 * through a weak reference, so once the app stops referencing a hanging request, garbage
 * collection could silently cut that link and leave the SDK waiting forever.
 */
export function fetchVia(api: InProcessApi): Fetch {
  return async (url, init) => {
    const request = new Request(url, init);
    const signal = init?.signal ?? request.signal;
    signal.throwIfAborted();
    return await new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve(api.fetch(request))
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}

/**
 * The official client, configured for a viewer: short per-attempt timeout, no retries of its own
 * (threads-service applies ours to the whole call, body included), every body capped in bytes,
 * redirects never followed (a 3xx could point the key at a path other than the three this
 * server may read), no SDK logging.
 */
export function createLiveClient(options: LiveClientOptions): OpenAI {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPSTREAM_BYTES;
  const fetchOptions: ClientOptions['fetchOptions'] = { redirect: 'manual' };
  if (options.fetch === undefined) fetchOptions.dispatcher = createUpstreamDispatcher(maxBytes);
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: 0,
    fetch: withDecodedByteCap(options.fetch ?? upstreamFetch, maxBytes),
    fetchOptions,
    // Our own log lines cover upstream failures; the SDK's debug output (OPENAI_LOG) can
    // include response bodies, i.e. message content.
    logLevel: 'off',
  });
}

/**
 * Demo mode: the same client class and every line above the transport, answered in-process.
 * `latencyMs` (test-only, THREADLINE_DEMO_LATENCY_MS) delays every answer like the hosted API;
 * `generated` (THREADLINE_DEMO_THREADS) adds that many generated threads to the hand-made ones.
 */
export function createDemoClient(
  timeoutMs: number,
  maxBytes?: number,
  latencyMs = 0,
  generated = 0,
): OpenAI {
  const threads =
    generated > 0
      ? [...sampleThreads, ...generatedThreads(generated, Math.floor(Date.now() / 1000))]
      : sampleThreads;
  const standIn = createStandInApi({ latencyMs, threads });
  return createLiveClient({
    apiKey: DEMO_API_KEY,
    baseURL: DEMO_BASE_URL,
    timeoutMs,
    maxBytes,
    fetch: fetchVia(standIn),
  });
}
