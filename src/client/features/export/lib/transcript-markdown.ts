import type { ThreadItem, ThreadSummary } from '@/shared/api-contract';
import { assertNever } from '@/client/lib/assert-never';
import { formatUtcTime } from '@/client/entities/thread/model/format-time';
import { prettyJson } from '@/client/entities/thread/model/json-text';
import { fencedBlock, inlineMarkdown, markdownBlock, markdownLink } from './markdown-escape';
import { rawJsonOf, type TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { safeHref } from '@/client/lib/safe-href';
import { taskKindLabel } from '@/client/entities/thread/model/task-label';
import { statusLine, threadFacts } from '@/client/entities/thread/model/thread-facts';
import { uniqueSources } from '@/client/entities/thread/model/unique-sources';
import { readWidget } from '@/client/entities/thread/model/widget-text';

type Item<T extends ThreadItem['type']> = Extract<ThreadItem, { type: T }>;

function heading(label: string, seconds: number): string {
  return `### ${label} · ${formatUtcTime(seconds) ?? 'unknown time'}`;
}

function quote(text: string): string {
  return markdownBlock(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function code(label: string, text: string): string {
  const { pretty, isJson } = prettyJson(text);
  return `${label}:\n\n${fencedBlock(pretty, isJson ? 'json' : '')}`;
}

function userMessage(item: Item<'chatkit.user_message'>): string[] {
  const parts = item.content.map((part) =>
    part.type === 'quoted_text' ? quote(part.text) : markdownBlock(part.text),
  );
  const names = item.attachments.map((attachment) => inlineMarkdown(attachment.name || 'unnamed'));
  if (names.length > 0) parts.push(`Attachments: ${names.join(', ')}`);
  return [heading('User', item.created_at), ...parts];
}

function assistantMessage(item: Item<'chatkit.assistant_message'>): string[] {
  const sources = uniqueSources(item.content.flatMap((part) => part.annotations)).map((source) => {
    if (source.kind === 'file') return `- ${inlineMarkdown(source.filename)}`;
    const href = safeHref(source.url);
    return `- ${href ? markdownLink(source.url, href) : inlineMarkdown(source.url)}`;
  });
  const parts = item.content.map((part) => markdownBlock(part.text));
  if (sources.length > 0) parts.push(`Sources:\n\n${sources.join('\n')}`);
  return [heading('Assistant', item.created_at), ...parts];
}

function toolCall(item: Item<'chatkit.client_tool_call'>): string[] {
  const label = `Tool call: ${inlineMarkdown(item.name || 'unnamed')} (${inlineMarkdown(item.status)})`;
  const parts = [heading(label, item.created_at), code('Arguments', item.arguments)];
  if (item.output !== null) parts.push(code('Output', item.output));
  return parts;
}

function taskLine(task: { type: string; heading: string | null; summary: string | null }): string {
  const title = task.heading ? `**${inlineMarkdown(task.heading)}**` : taskKindLabel(task.type);
  return task.summary ? `${title}: ${inlineMarkdown(task.summary)}` : title;
}

function itemSections(item: ThreadItem): string[] {
  switch (item.type) {
    case 'chatkit.user_message':
      return userMessage(item);
    case 'chatkit.assistant_message':
      return assistantMessage(item);
    case 'chatkit.client_tool_call':
      return toolCall(item);
    case 'chatkit.task':
      return [
        heading(taskKindLabel(item.task_type), item.created_at),
        taskLine({ ...item, type: item.task_type }),
      ];
    case 'chatkit.task_group':
      return [
        heading('Tasks', item.created_at),
        item.tasks.map((task) => `- ${taskLine(task)}`).join('\n'),
      ];
    case 'chatkit.widget': {
      const texts = readWidget(item.widget).texts.map(inlineMarkdown);
      return [
        heading('Widget', item.created_at),
        texts.length > 0 ? texts.join('  \n') : '_No readable text_',
      ];
    }
    default:
      return assertNever(item);
  }
}

function entrySections(entry: TranscriptItem): string[] {
  if (entry.kind === 'item') return itemSections(entry.item);
  const { type, createdAt } = entry.unknown;
  return [
    heading(`Unknown item (${inlineMarkdown(type)})`, createdAt ?? 0),
    fencedBlock(rawJsonOf(entry), 'json'),
  ];
}

/**
 * The readable transcript as Markdown: a header with the thread's facts, then every item in
 * order. Thread content is hostile: it is escaped or fenced so that, pasted into any Markdown
 * renderer, it stays text (see markdown-escape.ts).
 */
export function transcriptToMarkdown(
  thread: ThreadSummary,
  entries: readonly TranscriptItem[],
): string {
  const facts = threadFacts(thread);
  const header = [
    `# ${facts.title ? inlineMarkdown(facts.title) : 'Untitled thread'}`,
    [
      `- Status: ${inlineMarkdown(statusLine(facts.status))}`,
      `- User: ${facts.user ? inlineMarkdown(facts.user) : 'unknown'}`,
      `- Created: ${facts.created ?? 'unknown'}`,
      `- Thread ID: ${inlineMarkdown(thread.id)}`,
      `- Items: ${String(entries.length)}`,
    ].join('\n'),
    '---',
  ];
  const body = entries.flatMap(entrySections);
  return `${[...header, ...body].join('\n\n')}\n`;
}
