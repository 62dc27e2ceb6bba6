import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode } from '@/shared/api-contract';

/** A failure our server described, or a network failure reaching it (status 0). */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network_error',
    message: string,
    readonly retryAfterSeconds?: number,
    /** The whole error body, for errors that carry more (a 409's current review). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

/** GET a JSON resource from our own /api. */
export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { signal, headers: { Accept: 'application/json' } });
}

/**
 * One request to our own /api with a JSON answer; a failure is an ApiClientError (a lost
 * session goes to sign-in). Our server validates upstream bodies, so this is the one allowed
 * cast.
 */
export async function apiRequest<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiClientError(0, 'network_error', 'The Threadline server could not be reached.');
  }
  if (!response.ok) {
    const error = await toApiClientError(response);
    if (error.code === 'unauthorized') sendToSignIn();
    throw error;
  }
  return (await response.json()) as T;
}

/** The session expired or was never there: sign in again and come back to this page. */
function sendToSignIn(): void {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

function isErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

async function toApiClientError(response: Response): Promise<ApiClientError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ApiErrorBody> | undefined;
  const error = body?.error;
  const retryHeader = Number(response.headers.get('retry-after'));
  const retryAfter =
    error?.retryAfterSeconds ??
    (Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined);
  if (error && isErrorCode(error.code) && typeof error.message === 'string') {
    return new ApiClientError(response.status, error.code, error.message, retryAfter, body);
  }
  // Not our JSON (a proxy in front of us, or a crash): describe it by status alone.
  const code: ApiErrorCode = response.status === 404 ? 'not_found' : 'internal_error';
  return new ApiClientError(
    response.status,
    code,
    `The server answered ${response.status} ${response.statusText}`.trim(),
  );
}
