import { APIConnectionTimeoutError, APIError, type OpenAI } from 'openai';
import type {
  ThreadListItemsParams,
  ThreadListParams,
  Threads,
} from 'openai/resources/beta/chatkit/threads';
import type { ThreadItemsPage, ThreadResource, ThreadsPage } from '@/shared/api-contract';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { parseItemsPage, parseThread, parseThreadsPage } from './upstream-schemas';

export interface ThreadsService {
  getThread(threadId: string, signal?: AbortSignal): Promise<ThreadResource>;
  listItems(
    threadId: string,
    query: ThreadListItemsParams,
    signal?: AbortSignal,
  ): Promise<ThreadItemsPage>;
  listThreads(query: ThreadListParams, signal?: AbortSignal): Promise<ThreadsPage>;
}

export interface ThreadsServiceDeps {
  client: OpenAI;
  /** Per-attempt upstream timeout; the whole call gets 2× this plus 1 s. */
  timeoutMs: number;
}

type RequestOptions = NonNullable<Parameters<Threads['retrieve']>[1]>;
type Send = (options: RequestOptions) => { asResponse(): Promise<Response> };

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** A promise that rejects when `signal` aborts, and a function to stop listening. */
function rejectOnAbort(signal: AbortSignal) {
  const listener = { onAbort: () => undefined as unknown };
  const promise = new Promise<never>((_, reject) => {
    listener.onAbort = () => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) listener.onAbort();
    signal.addEventListener('abort', listener.onAbort, { once: true });
  });
  promise.catch(() => undefined); // observed only through the race below
  return { promise, release: () => signal.removeEventListener('abort', listener.onAbort) };
}

/**
 * The body as JSON, or UpstreamBadResponseError (never echoing the body). Raced against the
 * signal because the SDK's own timer stops once headers arrive and a custom fetch may not tie
 * the body stream to the signal.
 */
async function readJsonBody(response: Response, signal: AbortSignal): Promise<unknown> {
  if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
    void response.body?.cancel().catch(() => undefined);
    throw new UpstreamBadResponseError(`non-JSON body with status ${response.status}`);
  }
  const aborted = rejectOnAbort(signal);
  const text = await Promise.race([response.text(), aborted.promise]).finally(aborted.release);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UpstreamBadResponseError(`malformed JSON (${text.length} characters)`);
  }
}

function isAnswer(err: unknown): boolean {
  return err instanceof UpstreamBadResponseError || (err instanceof APIError && !!err.status);
}

/**
 * Reads ChatKit threads through the official SDK. Raw bodies are read with `asResponse()`
 * because list pages built by the SDK turn any non-list body into an empty page.
 */
export function createThreadsService({ client, timeoutMs }: ThreadsServiceDeps): ThreadsService {
  const threads = client.beta.chatkit.threads;

  async function call<T>(send: Send, parse: (body: unknown) => T, signal?: AbortSignal) {
    // The SDK's timeout is per attempt; the deadline bounds retries and slow bodies too.
    const deadline = AbortSignal.timeout(2 * timeoutMs + 1000);
    const combined = signal ? AbortSignal.any([deadline, signal]) : deadline;
    const options = { timeout: timeoutMs, maxRetries: 1, signal: combined };
    try {
      const response = await send(options).asResponse();
      return parse(await readJsonBody(response, combined));
    } catch (err) {
      if (deadline.aborted && !isAnswer(err)) throw new APIConnectionTimeoutError();
      throw err;
    }
  }

  return {
    getThread: (threadId, signal) =>
      call((options) => threads.retrieve(threadId, options), parseThread, signal),
    listItems: (threadId, query, signal) =>
      call((options) => threads.listItems(threadId, query, options), parseItemsPage, signal),
    listThreads: (query, signal) =>
      call((options) => threads.list(query, options), parseThreadsPage, signal),
  };
}
