import type { ChatKitThreadAssistantMessageItem } from 'openai/resources/beta/chatkit/threads';
import { MutedNote } from '@/client/components/ui/muted-note';
import { ClippedText } from './clipped-text';
import { FindFieldContext } from './find-mark-context';
import { ItemCard } from './item-card';
import { MarkdownText } from './markdown-text';
import { SourceList } from './source-list';

interface AssistantMessageProps {
  item: ChatKitThreadAssistantMessageItem;
  omitted?: readonly string[];
}

function renderMarkdown(text: string) {
  return <MarkdownText text={text} />;
}

export function AssistantMessage({ item, omitted }: AssistantMessageProps) {
  // Each segment keeps its index: it is the segment's field for find (findFields).
  const segments = [...item.content.entries()].filter(
    ([, segment]) => segment.text.trim() !== '' || segment.annotations.length > 0,
  );
  return (
    <ItemCard
      label="Assistant message"
      title="Assistant"
      icon="assistant"
      tone="assistant"
      createdAt={item.created_at}
      omitted={omitted}
    >
      {segments.length === 0 && <MutedNote>(empty message)</MutedNote>}
      {segments.map(([index, segment]) => (
        <div key={index} className="min-w-0 space-y-2">
          {segment.text.trim() !== '' && (
            <FindFieldContext value={index}>
              <ClippedText text={segment.text}>{renderMarkdown}</ClippedText>
            </FindFieldContext>
          )}
          {segment.annotations.length > 0 && <SourceList annotations={segment.annotations} />}
        </div>
      ))}
    </ItemCard>
  );
}
