import { z } from 'zod';
import type { ThreadItem, ThreadItemType } from '@/shared/api-contract';

/*
 * The six item kinds exactly as the SDK types them (chatkit-api.md §4): every key required,
 * nullable only where the SDK says so, enums closed. Objects are loose at every level, so an
 * item that passes is served as it came, extra fields included.
 */

const base = {
  id: z.string(),
  object: z.literal('chatkit.thread_item'),
  created_at: z.number().nonnegative(),
  thread_id: z.string(),
};

const nullableText = z.string().nullable();
const taskType = z.enum(['custom', 'thought']);

const attachment = z.looseObject({
  id: z.string(),
  type: z.enum(['image', 'file']),
  name: z.string(),
  mime_type: z.string(),
  preview_url: nullableText,
});

const userMessage = z.looseObject({
  ...base,
  type: z.literal('chatkit.user_message'),
  content: z.array(
    z.looseObject({ type: z.enum(['input_text', 'quoted_text']), text: z.string() }),
  ),
  attachments: z.array(attachment),
  inference_options: z
    .looseObject({
      model: nullableText,
      tool_choice: z.looseObject({ id: z.string() }).nullable(),
    })
    .nullable(),
});

const annotation = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('file'),
    source: z.looseObject({ type: z.literal('file'), filename: z.string() }),
  }),
  z.looseObject({
    type: z.literal('url'),
    source: z.looseObject({ type: z.literal('url'), url: z.string() }),
  }),
]);

const assistantMessage = z.looseObject({
  ...base,
  type: z.literal('chatkit.assistant_message'),
  content: z.array(
    z.looseObject({
      type: z.literal('output_text'),
      text: z.string(),
      annotations: z.array(annotation),
    }),
  ),
});

const widget = z.looseObject({
  ...base,
  type: z.literal('chatkit.widget'),
  widget: z.string(),
});

const clientToolCall = z.looseObject({
  ...base,
  type: z.literal('chatkit.client_tool_call'),
  call_id: z.string(),
  name: z.string(),
  arguments: z.string(),
  output: nullableText,
  status: z.enum(['in_progress', 'completed']),
});

const task = z.looseObject({
  ...base,
  type: z.literal('chatkit.task'),
  task_type: taskType,
  heading: nullableText,
  summary: nullableText,
});

const taskGroup = z.looseObject({
  ...base,
  type: z.literal('chatkit.task_group'),
  tasks: z.array(z.looseObject({ type: taskType, heading: nullableText, summary: nullableText })),
});

/** Every kind of the SDK's union, each held by the compiler to the SDK's type. */
const kinds: Record<ThreadItemType, z.ZodType<ThreadItem>> = {
  'chatkit.user_message': userMessage,
  'chatkit.assistant_message': assistantMessage,
  'chatkit.widget': widget,
  'chatkit.client_tool_call': clientToolCall,
  'chatkit.task': task,
  'chatkit.task_group': taskGroup,
};

/*
 * Each kind's schema by its `type`, falling back to undefined for an item that fails it. Looked
 * up by type and caught, rather than a discriminated union's safeParse: zod spends tens of
 * microseconds building a ZodError for each failed item, and most items that fail (bare or
 * unknown types) need no schema at all.
 */
const schemaByType = new Map(
  Object.entries(kinds).map(([type, schema]) => [type, schema.optional().catch(undefined)]),
);

/** The item in the SDK's exact shape, extra fields kept, or undefined when it is not. */
export function parseSdkItem(raw: unknown): ThreadItem | undefined {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
  return typeof type === 'string' ? schemaByType.get(type)?.parse(raw) : undefined;
}
