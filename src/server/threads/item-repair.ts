import type { ThreadItem } from '@/shared/api-contract';
import {
  repairAssistantContent,
  repairAttachments,
  repairInferenceOptions,
  repairUserContent,
  type Omissions,
} from './content-repair';
import {
  describeKind,
  isRecord,
  readArray,
  readJsonText,
  readNullableString,
  readOpenEnum,
  readString,
  readUnixSeconds,
  type UntrustedRecord,
} from './untrusted-json';

type Base = Pick<ThreadItem, 'id' | 'object' | 'created_at' | 'thread_id'>;
type GroupTask = Extract<ThreadItem, { type: 'chatkit.task_group' }>['tasks'][number];

function repairToolCall(raw: UntrustedRecord, base: Base): ThreadItem {
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

function repairTasks(value: unknown, omitted: Omissions): GroupTask[] {
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

function repairKind(
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
        content: repairUserContent(raw, omitted),
        attachments: repairAttachments(raw.attachments, omitted),
        inference_options: repairInferenceOptions(raw.inference_options),
      };
    case 'assistant_message':
      return {
        ...base,
        type: 'chatkit.assistant_message',
        content: repairAssistantContent(raw, omitted),
      };
    case 'widget':
      return { ...base, type: 'chatkit.widget', widget: readJsonText(raw.widget) ?? '' };
    case 'client_tool_call':
      return repairToolCall(raw, base);
    case 'task':
      return {
        ...base,
        type: 'chatkit.task',
        task_type: readOpenEnum(raw.task_type, 'custom'),
        heading: readNullableString(raw.heading),
        summary: readNullableString(raw.summary),
      };
    case 'task_group':
      return { ...base, type: 'chatkit.task_group', tasks: repairTasks(raw.tasks, omitted) };
    default:
      return undefined;
  }
}

/**
 * An item that failed the strict SDK shape, rebuilt into it with safe defaults: fields the SDK
 * requires are filled, self-hosted protocol shapes are translated, and whatever cannot be kept is
 * named in `omitted`. Undefined when the type is none of the six kinds, bare or prefixed.
 */
export function repairItem(
  raw: UntrustedRecord,
): { item: ThreadItem; omitted: Omissions } | undefined {
  const base: Base = {
    id: readString(raw.id),
    object: 'chatkit.thread_item',
    created_at: readUnixSeconds(raw.created_at),
    thread_id: readString(raw.thread_id),
  };
  const omitted: Omissions = [];
  // The typed API prefixes types with "chatkit."; the reference's own examples do not.
  const kind = readString(raw.type).replace(/^chatkit\./, '');
  const item = repairKind(kind, raw, base, omitted);
  return item && { item, omitted };
}
