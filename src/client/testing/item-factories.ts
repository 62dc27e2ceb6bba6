import type {
  ChatKitAttachment,
  ChatKitResponseOutputText,
  ChatKitThreadAssistantMessageItem,
  ChatKitThreadItemList,
  ChatKitThreadUserMessageItem,
  ChatKitWidgetItem,
} from 'openai/resources/beta/chatkit/threads';
import type {
  ItemsPage,
  ThreadDetail,
  ThreadItem,
  ThreadSummary,
  TranscriptEntry,
} from '@/shared/api-contract';

// SDK-shaped test data: each test states only the fields it cares about.
const base = {
  object: 'chatkit.thread_item',
  thread_id: 'cthr_test0001',
  created_at: 1760531245,
} as const;

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `cthi_test${String(sequence).padStart(4, '0')}`;
}

export function makeAttachment(overrides: Partial<ChatKitAttachment> = {}): ChatKitAttachment {
  return {
    id: 'cfile_test',
    type: 'image',
    name: 'statement.png',
    mime_type: 'image/png',
    preview_url: 'https://files.example.com/preview/statement.png',
    ...overrides,
  };
}

export function makeOutputText(
  overrides: Partial<ChatKitResponseOutputText> = {},
): ChatKitResponseOutputText {
  return { type: 'output_text', text: 'Happy to help.', annotations: [], ...overrides };
}

export function makeUserMessage(
  overrides: Partial<ChatKitThreadUserMessageItem> = {},
): ChatKitThreadUserMessageItem {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.user_message',
    content: [{ type: 'input_text', text: 'I was charged twice for order A-1023.' }],
    attachments: [],
    inference_options: null,
    ...overrides,
  };
}

export function makeAssistantMessage(
  overrides: Partial<ChatKitThreadAssistantMessageItem> = {},
): ChatKitThreadAssistantMessageItem {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.assistant_message',
    content: [makeOutputText()],
    ...overrides,
  };
}

export function makeWidget(overrides: Partial<ChatKitWidgetItem> = {}): ChatKitWidgetItem {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.widget',
    widget: JSON.stringify({
      type: 'Card',
      children: [{ type: 'Text', value: 'Refund requested: $42.00' }],
    }),
    ...overrides,
  };
}

export function makeClientToolCall(
  overrides: Partial<ChatKitThreadItemList.ChatKitClientToolCall> = {},
): ChatKitThreadItemList.ChatKitClientToolCall {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.client_tool_call',
    call_id: 'call_test',
    name: 'lookup_order',
    arguments: '{"order_id":"A-1023"}',
    output: '{"charges":2,"amount":42.0}',
    status: 'completed',
    ...overrides,
  };
}

export function makeTask(
  overrides: Partial<ChatKitThreadItemList.ChatKitTask> = {},
): ChatKitThreadItemList.ChatKitTask {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.task',
    task_type: 'thought',
    heading: 'Looking up the order',
    summary: null,
    ...overrides,
  };
}

export function makeTaskGroup(
  overrides: Partial<ChatKitThreadItemList.ChatKitTaskGroup> = {},
): ChatKitThreadItemList.ChatKitTaskGroup {
  return {
    ...base,
    id: nextId(),
    type: 'chatkit.task_group',
    tasks: [
      { type: 'custom', heading: 'Checked refund policy', summary: 'Refundable within 60 days.' },
      { type: 'thought', heading: null, summary: null },
    ],
    ...overrides,
  };
}

/** A list page the way the API shapes one: first and last IDs read from `data`. */
export function makeListPage<T extends { id: string }>(data: T[], hasMore = false) {
  return {
    object: 'list' as const,
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: hasMore,
  };
}

/** An SDK item as the server serves it when it validated unchanged. */
export function asEntry(item: ThreadItem): TranscriptEntry {
  return { kind: 'item', item };
}

/** SDK items (or entries already) as served entries. */
export function asEntries(items: readonly (ThreadItem | TranscriptEntry)[]): TranscriptEntry[] {
  return items.map((value) => ('kind' in value ? value : asEntry(value)));
}

/** An entry the server could not serve typed, as it serves one. */
export function makeUnknownEntry(raw: unknown, type = 'chatkit.generated_image'): TranscriptEntry {
  return { kind: 'unknown', id: null, type, created_at: null, raw };
}

/** A page of GET /api/threads/:id/items: the items as served entries, in the API's envelope. */
export function makeItemsPage(
  items: readonly (ThreadItem | TranscriptEntry)[],
  hasMore = false,
): ItemsPage {
  const data = asEntries(items);
  const ids = data.map(entryIdOf);
  return {
    object: 'list',
    data,
    first_id: ids[0] ?? null,
    last_id: ids.at(-1) ?? null,
    has_more: hasMore,
  };
}

function entryIdOf(entry: TranscriptEntry): string | null {
  return entry.kind === 'item' ? entry.item.id : entry.id;
}

/** A thread as the server serves it in lists and in a detail. */
export function makeThreadSummary(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  return {
    id: 'cthr_test0001',
    title: 'Refund for duplicate charge',
    created_at: 1760531245,
    status: { type: 'locked', reason: 'Escalated to billing' },
    user: 'maria.gomez@example.com',
    ...overrides,
  };
}

/** GET /api/threads/:id as served: the summary, any inline items, and the upstream body. */
export function makeThreadDetail(
  overrides: Partial<ThreadSummary> = {},
  inlineItems: readonly (ThreadItem | TranscriptEntry)[] | null = null,
): ThreadDetail {
  const thread = makeThreadSummary(overrides);
  return {
    thread,
    inline_items: inlineItems && asEntries(inlineItems),
    raw: { ...thread, object: 'chatkit.thread' },
  };
}

/**
 * `GET …/items` as the API answers it over `items` (oldest first): `order` (default desc),
 * `after` continuing past a cursor in that order, `limit` (default 20); an unknown cursor is 400.
 */
export function itemsAnswer(
  items: readonly ThreadItem[],
  url: URL,
): { status?: number; body: unknown } {
  const params = url.searchParams;
  const ordered = params.get('order') === 'asc' ? [...items] : [...items].reverse();
  const after = params.get('after');
  const limit = Number(params.get('limit') ?? 20);
  let start = 0;
  if (after !== null) {
    const at = ordered.findIndex((item) => item.id === after);
    if (at === -1) {
      return { status: 400, body: { error: { code: 'invalid_request', message: 'Bad cursor.' } } };
    }
    start = at + 1;
  }
  const slice = ordered.slice(start, start + limit);
  return { body: makeItemsPage(slice, start + limit < ordered.length) };
}
