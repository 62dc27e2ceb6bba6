import { OpenAI, type ClientOptions } from 'openai';
import { createStandInApi } from '@/server/demo/stand-in-api';

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
  /** Tests hand in an in-process transport; production uses the global fetch. */
  fetch?: Fetch | undefined;
}

export const DEMO_API_KEY = 'threadline-demo';
export const DEMO_BASE_URL = 'http://demo.threadline.invalid/v1';

/**
 * A transport that answers from an in-process app instead of the network. It rejects as soon as
 * the request's signal aborts, so the SDK's timeout works even if the app never answers.
 */
export function fetchVia(api: InProcessApi): Fetch {
  return async (url, init) => {
    const request = new Request(url, init);
    const { signal } = request;
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
 * The SDK would sleep through an upstream 429's retry-after before retrying, which can outlast
 * our deadline. Marking it non-retryable hands the wait to the agent (the UI counts down).
 */
export function withoutRateLimitRetry(fetch: Fetch): Fetch {
  return async (url, init) => {
    const response = await fetch(url, init);
    if (response.status !== 429) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    const { status, statusText } = response;
    return new Response(response.body, { status, statusText, headers });
  };
}

/** The official client, configured for a viewer: short timeout, one retry, no SDK logging. */
export function createLiveClient(options: LiveClientOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: 1,
    fetch: withoutRateLimitRetry(options.fetch ?? globalThis.fetch),
    // Our own log lines cover upstream failures; the SDK's debug output (OPENAI_LOG) can
    // include response bodies, i.e. message content.
    logLevel: 'off',
  });
}

/** Demo mode: the same client class and every line above the transport, answered in-process. */
export function createDemoClient(timeoutMs: number): OpenAI {
  const standIn = createStandInApi();
  return createLiveClient({
    apiKey: DEMO_API_KEY,
    baseURL: DEMO_BASE_URL,
    timeoutMs,
    fetch: fetchVia(standIn),
  });
}
