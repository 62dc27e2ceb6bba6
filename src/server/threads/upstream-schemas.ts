import { z } from 'zod';
import type {
  ThreadItem,
  ThreadItemsPage,
  ThreadResource,
  ThreadsPage,
} from '@/shared/api-contract';
import { UpstreamBadResponseError } from '@/server/http/api-errors';

/*
 * The SDK returns whatever arrives under its static types, so these checks are the validation
 * boundary. They require only what the viewer cannot do without (an id to link a thread, a type
 * to dispatch an item, a has_more to paginate) and keep every other field untouched: the viewer
 * already tolerates the doc-example shape (no created_at/status/user, inline `items`).
 */
const threadSchema = z.looseObject({ id: z.string().min(1) });
const itemSchema = z.looseObject({ type: z.string() });

function pageSchema<T extends z.ZodType>(element: T) {
  return z.looseObject({
    data: z.array(element),
    has_more: z.boolean(),
    first_id: z.string().nullish(),
    last_id: z.string().nullish(),
  });
}

const itemsPageSchema = pageSchema(itemSchema);
const threadsPageSchema = pageSchema(threadSchema);

function check<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // Paths only: a zod message can quote the offending value, which may be message content.
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw new UpstreamBadResponseError(`${what} failed validation at ${paths.join(', ')}`);
  }
  return parsed.data;
}

function envelope<T extends Record<string, unknown>>(page: {
  data: T[];
  has_more: boolean;
  first_id?: string | null | undefined;
  last_id?: string | null | undefined;
}) {
  const firstId = page.data[0]?.['id'];
  return {
    object: 'list' as const,
    data: page.data,
    first_id: page.first_id ?? (typeof firstId === 'string' ? firstId : null),
    // Never synthesised: a missing last_id with has_more tells the viewer the list may be cut.
    last_id: page.last_id ?? null,
    has_more: page.has_more,
  };
}

export function parseThread(body: unknown): ThreadResource {
  // The one cast: the minimal shape is checked above and the viewer tolerates the rest.
  return check(threadSchema, body, 'thread') as unknown as ThreadResource;
}

export function parseItemsPage(body: unknown): ThreadItemsPage {
  const page = envelope(check(itemsPageSchema, body, 'items page'));
  return { ...page, data: page.data as unknown as ThreadItem[] };
}

export function parseThreadsPage(body: unknown): ThreadsPage {
  const page = envelope(check(threadsPageSchema, body, 'threads page'));
  return page as unknown as ThreadsPage;
}
