import type { ThreadItem } from '@/shared/api-contract';
import { assertNever } from '@/client/lib/assert-never';
import { countOccurrences, normalizeQuery } from '@/client/lib/text-match';
import { safeStringify } from './json-text';
import type { TranscriptItem } from './transcript-item';
import { readWidget } from './widget-text';

// Where each renderer's text sits in findFields(), so a rendered field can tell whether it holds
// the current find match. User messages: content parts, then attachment names; task groups:
// heading and summary of each task in turn; widgets: their readable texts in order.
export const toolCallField = { name: 0, arguments: 1, output: 2 } as const;
export const taskField = { heading: 0, summary: 1 } as const;
export const unknownItemField = { type: 0, json: 1 } as const;
export const attachmentField = (contentParts: number, index: number) => contentParts + index;
export const taskGroupField = (task: number, part: keyof typeof taskField) =>
  task * 2 + taskField[part];

function itemFields(item: ThreadItem): string[] {
  switch (item.type) {
    case 'chatkit.user_message':
      return [
        ...item.content.map((part) => part.text),
        ...item.attachments.map((attachment) => attachment.name),
      ];
    case 'chatkit.assistant_message':
      return item.content.map((segment) => segment.text);
    case 'chatkit.client_tool_call':
      return [item.name, item.arguments, item.output ?? ''];
    case 'chatkit.task':
      return [item.heading ?? '', item.summary ?? ''];
    case 'chatkit.task_group':
      return item.tasks.flatMap((task) => [task.heading ?? '', task.summary ?? '']);
    case 'chatkit.widget':
      return readWidget(item.widget).texts;
    default:
      return assertNever(item);
  }
}

/**
 * The text an entry contributes to find, field by field, in the order its card shows them: the
 * search index counts matches over these, and the transcript uses them to tell which rendered
 * field holds the current match.
 */
export function findFields(entry: TranscriptItem): string[] {
  return entry.kind === 'item'
    ? itemFields(entry.item)
    : [entry.unknown.type, safeStringify(entry.unknown.raw)];
}

/** One find match inside an entry: which field, and which occurrence within that field. */
export interface MatchLocation {
  field: number;
  n: number;
}

/** Where the entry's `occurrence`-th match of `query` (counted over all its fields) lies. */
export function matchLocation(
  entry: TranscriptItem,
  query: string,
  occurrence: number,
): MatchLocation | null {
  const needle = normalizeQuery(query);
  if (needle === '' || occurrence < 0) return null;
  let left = occurrence;
  for (const [field, text] of findFields(entry).entries()) {
    const count = countOccurrences(text.toLowerCase(), needle);
    if (left < count) return { field, n: left };
    left -= count;
  }
  return null;
}
