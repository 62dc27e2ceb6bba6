import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from 'openai';
import type { ApiErrorBody, ApiErrorCode } from '@/shared/api-contract';
import { retryAfterSeconds } from './retry-after';

/** An error we detect ourselves; its message is written for the agent and safe to return. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * An upstream body we cannot use: a 2xx that is not JSON or not the documented shape (the SDK
 * never checks), or any body that does not decode.
 */
export class UpstreamBadResponseError extends Error {
  override name = 'UpstreamBadResponseError';
}

/**
 * An upstream body over THREADLINE_MAX_UPSTREAM_BYTES, on the wire or decoded: cut off as it
 * arrived, so an endless page or a compression bomb costs at most the cap. Never retried: the
 * same request would bring the same body.
 */
export class UpstreamTooLargeError extends UpstreamBadResponseError {
  override name = 'UpstreamTooLargeError';
}

export interface ErrorContext {
  threadId?: string | undefined;
}

export interface ApiErrorResult {
  status: ContentfulStatusCode;
  body: ApiErrorBody;
  headers: Record<string, string>;
}

const TRY_AGAIN = 'Try again in a moment.';
const ASK_ADMIN_URL = 'If it keeps happening, ask an administrator to check OPENAI_BASE_URL.';

export const MESSAGES = {
  invalidThreadId: 'Thread IDs start with cthr_ followed by 1–128 letters, digits, _ or -.',
  authFailed:
    "OpenAI rejected this server's API key. Ask an administrator to check OPENAI_API_KEY.",
  permissionDenied:
    "OpenAI refused this server's API key access to ChatKit threads. Ask an administrator to check the key's project and permissions.",
  upstreamRejected:
    'OpenAI rejected this request. Check the cursor and filter values and try again.',
  listUnavailable: `The ChatKit threads API is not available at the configured OpenAI address. ${ASK_ADMIN_URL}`,
  unavailable: `OpenAI's ChatKit API is having trouble right now. ${TRY_AGAIN}`,
  unreachable: `This server could not reach OpenAI. ${TRY_AGAIN} ${ASK_ADMIN_URL}`,
  timeout: `OpenAI took too long to answer. ${TRY_AGAIN}`,
  badResponse: `OpenAI sent a response this server could not read. ${TRY_AGAIN} ${ASK_ADMIN_URL}`,
  tooLarge:
    "OpenAI sent a response larger than this server accepts. If it keeps happening, ask an administrator to raise the server's limit on upstream responses.",
  internal:
    'Something went wrong on this server. Try again; if it keeps happening, ask an administrator to check the server logs.',
} as const;

function result(
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
): ApiErrorResult {
  return { status, body: { error: { code, message } }, headers };
}

function problem(err: ApiProblem): ApiErrorResult {
  const mapped = result(err.status, err.code, err.message, err.headers);
  // The browser reads the wait from the body (a countdown); the header serves everything else.
  const retryAfter = Number(err.headers['Retry-After']);
  if (retryAfter > 0) mapped.body.error.retryAfterSeconds = retryAfter;
  return mapped;
}

function notFound(context: ErrorContext): ApiErrorResult {
  if (context.threadId === undefined) {
    return result(502, 'upstream_unavailable', MESSAGES.listUnavailable);
  }
  const message = `No thread with ID ${context.threadId} was found. Check the ID and try again.`;
  return result(404, 'thread_not_found', message);
}

function rateLimited(err: RateLimitError): ApiErrorResult {
  const seconds = retryAfterSeconds(err.headers);
  const unit = seconds === 1 ? 'second' : 'seconds';
  const message = `OpenAI is rate-limiting this server. Try again in ${seconds} ${unit}.`;
  const limited = result(429, 'upstream_rate_limited', message, { 'Retry-After': String(seconds) });
  limited.body.error.retryAfterSeconds = seconds;
  return limited;
}

/**
 * Maps any thrown value to our JSON error. Messages are always ours: upstream text is never
 * copied, because OpenAI's 401 message quotes part of the API key.
 */
export function toApiError(err: unknown, context: ErrorContext = {}): ApiErrorResult {
  if (err instanceof ApiProblem) return problem(err);
  if (err instanceof UpstreamTooLargeError) {
    return result(502, 'upstream_bad_response', MESSAGES.tooLarge);
  }
  if (err instanceof UpstreamBadResponseError) {
    return result(502, 'upstream_bad_response', MESSAGES.badResponse);
  }
  if (!(err instanceof APIError)) return result(500, 'internal_error', MESSAGES.internal);
  // Subclasses before their parents: a timeout is also a connection error.
  if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) {
    return result(504, 'upstream_timeout', MESSAGES.timeout);
  }
  if (err instanceof APIConnectionError) {
    return result(502, 'upstream_unavailable', MESSAGES.unreachable);
  }
  if (err instanceof AuthenticationError) {
    return result(502, 'upstream_auth_failed', MESSAGES.authFailed);
  }
  if (err instanceof PermissionDeniedError) {
    return result(502, 'upstream_auth_failed', MESSAGES.permissionDenied);
  }
  if (err instanceof NotFoundError) return notFound(context);
  if (err instanceof RateLimitError) return rateLimited(err);
  if (err instanceof BadRequestError || err instanceof UnprocessableEntityError) {
    return result(400, 'invalid_request', MESSAGES.upstreamRejected);
  }
  return result(502, 'upstream_unavailable', MESSAGES.unavailable);
}

/** Log fields for a failure: our code, upstream status and request id. Never message or body. */
export function errorLogFields(err: unknown, mapped: ApiErrorResult) {
  const upstream: APIError | undefined = err instanceof APIError ? err : undefined;
  return {
    code: mapped.body.error.code,
    status: mapped.status,
    // SDK errors keep the default `name`; the class name is the useful part.
    errorName: err instanceof Error ? err.constructor.name : typeof err,
    upstreamStatus: upstream?.status,
    upstreamRequestId: upstream?.requestID ?? undefined,
  };
}
