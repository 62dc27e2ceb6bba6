import { WRITE_HEADER } from '@/shared/api-contract';
import { ApiClientError, sendToSignIn, toApiClientError } from './api-client';

// Apart from api-client.ts: only the review code writes, and it loads when it is used.
export interface WriteOptions {
  method: 'PUT' | 'POST' | 'DELETE';
  body?: unknown;
  /** The ETag of the version being changed. */
  ifMatch?: string;
}

/**
 * A write to our own /api (reviews, flags, the agent's name): JSON in and out, with the header
 * the server requires of every write (a page on another site cannot send it).
 */
export async function apiWrite<T>(path: string, options: WriteOptions): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [WRITE_HEADER]: '1',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiClientError(0, 'network_error', 'The Threadline server could not be reached.');
  }
  if (!response.ok) {
    const error = await toApiClientError(response);
    if (error.code === 'unauthorized') sendToSignIn();
    throw error;
  }
  return (await response.json()) as T;
}
