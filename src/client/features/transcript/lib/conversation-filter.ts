import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';

/** What the customer and the assistant said to each other: no tool calls, tasks or widgets. */
export function isConversation(entry: TranscriptItem): boolean {
  if (entry.kind !== 'item') return false;
  return (
    entry.item.type === 'chatkit.user_message' || entry.item.type === 'chatkit.assistant_message'
  );
}
