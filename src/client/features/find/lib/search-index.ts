import type { ThreadItem } from '@/shared/api-contract';
import {
  countOccurrences,
  noMatches,
  normalizeQuery,
  type FindMatch,
  type FindResult,
} from '@/client/lib/text-match';
import { safeStringify } from '@/client/entities/thread/model/json-text';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { readWidget } from '@/client/entities/thread/model/widget-text';

// Entries keep their identity across renders and refetches (see transcript-entries.ts), so each
// item's text is gathered and lower-cased once, however often the query changes.
const index = new WeakMap<TranscriptItem, string>();

function textsOf(item: ThreadItem): string[] {
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
      return [];
  }
}

/** The searchable text of one entry, lower-cased; parts are separated so matches never span two. */
export function searchTextOf(entry: TranscriptItem): string {
  let text = index.get(entry);
  if (text === undefined) {
    const parts =
      entry.kind === 'item'
        ? textsOf(entry.item)
        : [entry.unknown.type, safeStringify(entry.unknown.raw)];
    text = parts.join('\n\u0000\n').toLowerCase();
    index.set(entry, text);
  }
  return text;
}

/** Case-insensitive search over every entry's text. */
export function findInEntries(entries: readonly TranscriptItem[], query: string): FindResult {
  const needle = normalizeQuery(query);
  if (needle === '') return noMatches;
  const matches: FindMatch[] = [];
  const keys = new Set<string>();
  entries.forEach((entry, entryIndex) => {
    const count = countOccurrences(searchTextOf(entry), needle);
    if (count === 0) return;
    keys.add(entry.key);
    for (let occurrence = 0; occurrence < count; occurrence++) {
      matches.push({ index: entryIndex, key: entry.key, occurrence });
    }
  });
  return { matches, keys };
}
