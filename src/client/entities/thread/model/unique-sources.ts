import type { ChatKitResponseOutputText } from 'openai/resources/beta/chatkit/threads';

type Annotation = ChatKitResponseOutputText['annotations'][number];

export type Source =
  { key: string; kind: 'url'; url: string } | { key: string; kind: 'file'; filename: string };

/** The distinct sources behind a segment's annotations, in first-seen order. */
export function uniqueSources(annotations: readonly Annotation[]): Source[] {
  const seen = new Map<string, Source>();
  for (const annotation of annotations) {
    const source: Source =
      annotation.type === 'url'
        ? { key: `url:${annotation.source.url}`, kind: 'url', url: annotation.source.url }
        : {
            key: `file:${annotation.source.filename}`,
            kind: 'file',
            filename: annotation.source.filename,
          };
    if (!seen.has(source.key)) seen.set(source.key, source);
  }
  return [...seen.values()];
}
