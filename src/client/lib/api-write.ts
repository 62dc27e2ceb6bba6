import { WRITE_HEADER } from '@/shared/api-contract';
import { apiRequest } from './api-client';

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
export function apiWrite<T>(path: string, options: WriteOptions): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [WRITE_HEADER]: '1',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  return apiRequest<T>(path, {
    method: options.method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
