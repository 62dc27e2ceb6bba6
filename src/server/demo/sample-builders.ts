import type {
  ChatKitAttachment,
  ChatKitResponseOutputText,
  ChatKitThreadAssistantMessageItem,
  ChatKitThreadUserMessageItem,
} from 'openai/resources/beta/chatkit/threads';

type Annotation = ChatKitResponseOutputText['annotations'][number];

/**
 * Small factories for SDK-shaped demo items, bound to one thread so a fixture states only the
 * fields it cares about. Timestamps are passed in: demo data must be deterministic.
 */
export function itemMaker(threadId: string) {
  const base = (id: string, createdAt: number) => ({
    id,
    object: 'chatkit.thread_item' as const,
    thread_id: threadId,
    created_at: createdAt,
  });
  return {
    base,
    user: (
      id: string,
      createdAt: number,
      text: string,
      attachments: ChatKitAttachment[] = [],
    ): ChatKitThreadUserMessageItem => ({
      ...base(id, createdAt),
      type: 'chatkit.user_message',
      content: [{ type: 'input_text', text }],
      attachments,
      inference_options: null,
    }),
    assistant: (
      id: string,
      createdAt: number,
      text: string,
      annotations: Annotation[] = [],
    ): ChatKitThreadAssistantMessageItem => ({
      ...base(id, createdAt),
      type: 'chatkit.assistant_message',
      content: [{ type: 'output_text', text, annotations }],
    }),
  };
}

export function urlSource(url: string): Annotation {
  return { type: 'url', source: { type: 'url', url } };
}

export function fileSource(filename: string): Annotation {
  return { type: 'file', source: { type: 'file', filename } };
}
