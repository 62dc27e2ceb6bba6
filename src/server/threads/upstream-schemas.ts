import { z } from 'zod';
import {
  LIST_LIMIT_MAX,
  type ItemsPage,
  type ListPage,
  type ThreadDetail,
  type ThreadsPage,
} from '@/shared/api-contract';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { threadSummarySchema } from './thread-schemas';
import { toTranscriptEntry } from './transcript-entries';
import { isRecord } from './untrusted-json';

/*
 * The SDK returns whatever arrives under its static types, so this is the validation boundary:
 * every body is parsed into the contract in src/shared/api-contract.ts before it is served or
 * cached, and the browser trusts that contract. A body fails as a whole only when the viewer
 * could do nothing with it (a thread without an id, a page without a data array or has_more, or
 * with more rows than any request of ours asks for); a bad item becomes an entry of its own and
 * never fails its page.
 */

/**
 * We never ask for more than LIST_LIMIT_MAX rows, so a page ten times that long answers some
 * other request. Refusing it before the rows are parsed bounds what a page can cost: zod takes
 * 20–40 µs to reject a malformed item, and the default 8 MiB body cap holds 350,000 of them,
 * which would hold the event loop for over ten seconds.
 */
export const PAGE_ROWS_MAX = 10 * LIST_LIMIT_MAX;

const rowsSchema = z.array(z.unknown()).max(PAGE_ROWS_MAX);

const pageSchema = z.looseObject({
  data: rowsSchema,
  has_more: z.boolean(),
  first_id: z.string().nullish(),
  last_id: z.string().nullish(),
});

const threadRowsSchema = z.object({ data: z.array(threadSummarySchema) });

/**
 * The items a retrieve answer carries inline, as the API reference's example shows (an
 * `items: { data: [...] }` page the typed schema lacks), or null when it carries none or an
 * unusable one: the browser then reads the transcript from /items alone.
 */
const inlineItemsSchema = z
  .object({ items: z.object({ data: rowsSchema }) })
  .nullable()
  .catch(null)
  .transform((thread) => thread?.items.data ?? null);

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
function envelope<T>(page: z.output<typeof pageSchema>, data: T[]): ListPage<T> {
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
  const page = check(pageSchema, body, 'items page');
  return envelope(page, page.data.map(toTranscriptEntry));
}

export function parseThreadsPage(body: unknown): ThreadsPage {
  const page = check(pageSchema, body, 'threads page');
  return envelope(page, check(threadRowsSchema, page, 'threads page').data);
}
