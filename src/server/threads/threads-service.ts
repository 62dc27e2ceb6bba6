import { APIConnectionTimeoutError, APIError, APIUserAbortError, type OpenAI } from 'openai';
import type {
  ThreadListItemsParams,
  ThreadListParams,
  Threads,
} from 'openai/resources/beta/chatkit/threads';
import type { ItemsPage, ThreadDetail, ThreadsPage } from '@/shared/api-contract';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { withOneRetry } from './retry-policy';
import { bodyFailure, tooLargeIn } from './upstream-transport';
import { parseItemsPage, parseThread, parseThreadsPage } from './upstream-schemas';

/** Where a call's answer came from, for the audit log. */
export type CacheStatus = 'hit' | 'miss' | 'coalesced';

/** Filled in while a call runs, so the audit line has it even when the call fails. */
export interface UpstreamProbe {
  cache?: CacheStatus;
  /** How long this request waited on an upstream call; unset when none was made. */
  upstreamMs?: number;
}

export interface CallOptions {
  /** The agent's request: when it goes away, this call stops waiting. */
  signal?: AbortSignal | undefined;
  probe?: UpstreamProbe | undefined;
}

export interface ThreadsService {
  getThread(threadId: string, options?: CallOptions): Promise<ThreadDetail>;
  listItems(
    threadId: string,
    query: ThreadListItemsParams,
    options?: CallOptions,
  ): Promise<ItemsPage>;
  listThreads(query: ThreadListParams, options?: CallOptions): Promise<ThreadsPage>;
}

export interface ThreadsServiceDeps {
  client: OpenAI;
  /** Per-attempt upstream timeout (THREADLINE_UPSTREAM_TIMEOUT_MS). */
  timeoutMs: number;
}

/**
 * The whole call, retry and body included, gets 1.5× the per-attempt timeout (15 s by
 * default): room for one retry after a fast failure, while a hanging upstream still yields
 * a 504 well inside the 20 s an agent will wait.
 */
export function overallDeadlineMs(timeoutMs: number): number {
  return Math.round(1.5 * timeoutMs);
}

type RequestOptions = NonNullable<Parameters<Threads['retrieve']>[1]>;
type Send = (options: RequestOptions) => { asResponse(): Promise<Response> };

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The body as JSON, or UpstreamBadResponseError (never echoing the body). The transport caps
 * the body in bytes and ties it to the call's signal (see upstream-transport.ts); a body that
 * fails on the way is classified by bodyFailure.
 */
async function readJsonBody(response: Response): Promise<unknown> {
  if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
    void response.body?.cancel().catch(() => undefined);
    throw new UpstreamBadResponseError(`non-JSON body with status ${response.status}`);
  }
  const text = await response.text().catch((err: unknown) => {
    throw bodyFailure(err);
  });
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

  /** One attempt: send, read the body, parse. The SDK's timeout bounds connect and headers. */
  async function attempt<T>(
    send: Send,
    parse: (body: unknown) => T,
    signal: AbortSignal,
    deadlineAt: number,
  ) {
    const timeout = Math.max(1, Math.min(timeoutMs, deadlineAt - Date.now()));
    const response = await send({ timeout, maxRetries: 0, signal })
      .asResponse()
      .catch((err: unknown) => {
        throw tooLargeIn(err) ?? err;
      });
    return parse(await readJsonBody(response));
  }

  async function call<T>(send: Send, parse: (body: unknown) => T, options: CallOptions = {}) {
    const deadlineMs = overallDeadlineMs(timeoutMs);
    const started = performance.now();
    const deadlineAt = Date.now() + deadlineMs;
    // One signal carries the deadline through connect, headers, body and parse, retry included.
    const deadline = AbortSignal.timeout(deadlineMs);
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    try {
      return await withOneRetry(() => attempt(send, parse, signal, deadlineAt), deadlineAt, signal);
    } catch (err) {
      if (isAnswer(err)) throw err;
      if (deadline.aborted) throw new APIConnectionTimeoutError();
      if (options.signal?.aborted) throw new APIUserAbortError();
      throw err;
    } finally {
      if (options.probe) options.probe.upstreamMs = Math.round(performance.now() - started);
    }
  }

  return {
    getThread: (threadId, options) =>
      call((request) => threads.retrieve(threadId, request), parseThread, options),
    listItems: (threadId, query, options) =>
      call((request) => threads.listItems(threadId, query, request), parseItemsPage, options),
    listThreads: (query, options) =>
      call((request) => threads.list(query, request), parseThreadsPage, options),
  };
}
