import { z } from 'zod';
import type { ItemsPage, ListPage, ThreadDetail, ThreadsPage } from '@/shared/api-contract';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { inlineItemsSchema, threadSummarySchema } from './thread-schemas';
import { toTranscriptEntry } from './transcript-entries';
import { isRecord } from './untrusted-json';

/*
 * The SDK returns whatever arrives under its static types, so this is the validation boundary:
 * every body is parsed into the contract in src/shared/api-contract.ts before it is served or
 * cached, and the browser trusts that contract. A body fails as a whole only when the viewer
 * could do nothing with it (a thread without an id, a page without a data array or has_more);
 * a bad item becomes an entry of its own and never fails its page.
 */

function pageSchema<T extends z.ZodType>(row: T) {
  return z.looseObject({
    data: z.array(row),
    has_more: z.boolean(),
    first_id: z.string().nullish(),
    last_id: z.string().nullish(),
  });
}

const itemsPageSchema = pageSchema(z.unknown());
const threadsPageSchema = pageSchema(threadSummarySchema);

function check<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // Paths only: a zod message can quote the offending value, which may be message content.
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw new UpstreamBadResponseError(`${what} failed validation at ${paths.join(', ')}`);
  }
  return parsed.data;
}

/** The API's list envelope around `data`, with `first_id` from the first row when omitted. */
function envelope<T>(page: z.output<typeof itemsPageSchema>, data: T[]): ListPage<T> {
  const first = page.data[0];
  const firstId = isRecord(first) ? first.id : undefined;
  return {
    object: 'list',
    data,
    first_id: page.first_id ?? (typeof firstId === 'string' ? firstId : null),
    // Never synthesised: a missing last_id with has_more tells the viewer the list may be cut.
    last_id: page.last_id ?? null,
    has_more: page.has_more,
  };
}

/** GET /chatkit/threads/:id as served: the summary, any inline items, and the body as received. */
export function parseThread(body: unknown): ThreadDetail {
  const thread = check(threadSummarySchema, body, 'thread');
  const inline = inlineItemsSchema.parse(body);
  return { thread, inline_items: inline && inline.map(toTranscriptEntry), raw: body };
}

export function parseItemsPage(body: unknown): ItemsPage {
  const page = check(itemsPageSchema, body, 'items page');
  return envelope(page, page.data.map(toTranscriptEntry));
}

export function parseThreadsPage(body: unknown): ThreadsPage {
  const page = check(threadsPageSchema, body, 'threads page');
  return envelope(page, page.data);
}
