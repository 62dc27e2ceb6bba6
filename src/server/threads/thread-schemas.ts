import { z } from 'zod';
import type { ThreadStatus, ThreadSummary } from '@/shared/api-contract';
import { readUnixSeconds } from './untrusted-json';

/*
 * The thread as served. The typed API requires all six fields, but the API reference's own
 * example omits created_at, status and user (chatkit-api.md §5), and a beta API may add statuses:
 * only the id is required (a thread must be linkable); every other field falls back to null or
 * an unknown status instead of failing the thread.
 */

const notBlank = (text: string) => text.trim() !== '';
const nonBlankOrNull = z.string().refine(notBlank).nullable().catch(null);

const knownStatus = z.discriminatedUnion('type', [
  z.object({ type: z.literal('active') }),
  z.object({ type: z.literal('locked'), reason: nonBlankOrNull }),
  z.object({ type: z.literal('closed'), reason: nonBlankOrNull }),
]);

/** A status this SDK version does not know, or none at all: kept for a neutral badge. */
const unknownStatus = z
  .object({ type: nonBlankOrNull, reason: nonBlankOrNull })
  .catch({ type: null, reason: null })
  .transform(({ type, reason }) => ({ type: 'unknown' as const, sent_type: type, reason }));

const status: z.ZodType<ThreadStatus> = z.union([knownStatus, unknownStatus]);

export const threadSummarySchema: z.ZodType<ThreadSummary> = z.object({
  id: z.string().min(1),
  title: nonBlankOrNull,
  created_at: z.unknown().transform((value) => readUnixSeconds(value) || null),
  status,
  user: z.string().min(1).nullable().catch(null),
});
