import type { ThreadItem } from '@/shared/api-contract';
import {
  readAssistantContent,
  readAttachments,
  readInferenceOptions,
  readJsonText,
  readUserContent,
  type Omissions,
} from './normalize-content';
import { safeStringify } from './json-text';
import {
  describeKind,
  isRecord,
  readArray,
  readNullableString,
  readOpenEnum,
  readString,
  readUnixSeconds,
  type UntrustedRecord,
} from './untrusted';

/** An item whose type we do not render (yet): shown as a neutral card with its raw JSON. */
export interface UnknownThreadItem {
  /** The type as sent, e.g. "chatkit.generated_image"; describes non-objects ("null", "array"). */
  type: string;
  raw: unknown;
  /** Unix seconds, when the item carried a usable `created_at`. */
  createdAt?: number;
}

/**
 * One transcript row. `item` is SDK-shaped and complete: missing fields hold safe defaults, and
 * `created_at` is 0 when the API sent no usable time. `omitted` names parts that could not be kept.
 */
export type TranscriptItem =
  | { kind: 'item'; key: string; item: ThreadItem; omitted: string[]; raw: unknown }
  | { kind: 'unknown'; key: string; unknown: UnknownThreadItem };

type Base = Pick<ThreadItem, 'id' | 'object' | 'created_at' | 'thread_id'>;

function toThreadItem(
  kind: string,
  raw: UntrustedRecord,
  base: Base,
  omitted: Omissions,
): ThreadItem | undefined {
  switch (kind) {
    case 'user_message':
      return {
        ...base,
        type: 'chatkit.user_message',
        content: readUserContent(raw, omitted),
        attachments: readAttachments(raw.attachments, omitted),
        inference_options: readInferenceOptions(raw.inference_options),
      };
    case 'assistant_message':
      return {
        ...base,
        type: 'chatkit.assistant_message',
        content: readAssistantContent(raw, omitted),
      };
    case 'widget':
      return { ...base, type: 'chatkit.widget', widget: readJsonText(raw.widget) ?? '' };
    case 'client_tool_call':
      return toToolCall(raw, base);
    case 'task':
      return {
        ...base,
        type: 'chatkit.task',
        task_type: readOpenEnum(raw.task_type, 'custom'),
        heading: readNullableString(raw.heading),
        summary: readNullableString(raw.summary),
      };
    case 'task_group':
      return { ...base, type: 'chatkit.task_group', tasks: readTasks(raw.tasks, omitted) };
    default:
      return undefined;
  }
}

function toToolCall(raw: UntrustedRecord, base: Base): ThreadItem {
  const output = readJsonText(raw.output);
  return {
    ...base,
    type: 'chatkit.client_tool_call',
    call_id: readString(raw.call_id),
    name: readString(raw.name),
    arguments: readJsonText(raw.arguments) ?? '',
    output,
    // "pending" is the self-hosted protocol's word; a missing status is inferred from the output.
    status:
      raw.status === 'pending'
        ? 'in_progress'
        : readOpenEnum(raw.status, output === null ? 'in_progress' : 'completed'),
  };
}

type GroupTask = Extract<ThreadItem, { type: 'chatkit.task_group' }>['tasks'][number];

function readTasks(value: unknown, omitted: Omissions): GroupTask[] {
  const tasks: GroupTask[] = [];
  for (const raw of readArray(value)) {
    if (!isRecord(raw)) {
      omitted.push(`task (${describeKind(raw)})`);
      continue;
    }
    tasks.push({
      // Some clients mistakenly send a standalone task's `task_type` inside groups.
      type: readOpenEnum(raw.type ?? raw.task_type, 'custom'),
      heading: readNullableString(raw.heading),
      summary: readNullableString(raw.summary),
    });
  }
  return tasks;
}

function normalizeRecord(raw: UntrustedRecord, fallbackKey: string): TranscriptItem {
  const id = readString(raw.id);
  const key = id === '' ? fallbackKey : id;
  const type = readString(raw.type);
  const createdAt = readUnixSeconds(raw.created_at);
  const base: Base = {
    id,
    object: 'chatkit.thread_item',
    created_at: createdAt,
    thread_id: readString(raw.thread_id),
  };
  const omitted: Omissions = [];
  // The typed API prefixes types with "chatkit."; the reference's own examples do not.
  const item = toThreadItem(type.replace(/^chatkit\./, ''), raw, base, omitted);
  if (item) return { kind: 'item', key, item, omitted, raw };
  const unknown: UnknownThreadItem = { type: type === '' ? 'missing' : type, raw };
  if (createdAt > 0) unknown.createdAt = createdAt;
  return { kind: 'unknown', key, unknown };
}

/**
 * Turns one untrusted element of an items page into a renderable row. Never throws: anything
 * that is not one of the six known item types becomes the `unknown` variant. Missing IDs get a
 * key from `index`, so this can be passed straight to `Array.prototype.map`.
 */
export function normalizeItem(raw: unknown, index: number): TranscriptItem {
  const fallbackKey = `index-${index}`;
  try {
    if (isRecord(raw)) return normalizeRecord(raw, fallbackKey);
  } catch {
    // Exotic objects (throwing getters, proxies) fall through to the unknown card below.
  }
  return { kind: 'unknown', key: fallbackKey, unknown: { type: describeKindSafely(raw), raw } };
}

function describeKindSafely(raw: unknown): string {
  try {
    return describeKind(raw);
  } catch {
    return 'unreadable';
  }
}

/** The item exactly as the API sent it, for "Raw JSON" panels and error fallbacks. */
export function rawJsonOf(entry: TranscriptItem): string {
  return safeStringify(entry.kind === 'item' ? entry.raw : entry.unknown.raw);
}
