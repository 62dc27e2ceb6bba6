import type { ChatKitThreadUserMessageItem } from 'openai/resources/beta/chatkit/threads';
import { MutedNote } from '@/client/components/ui/muted-note';
import { attachmentField } from '@/client/entities/thread/model/item-text';
import { AttachmentList } from './attachment-list';
import { ClippedText } from './clipped-text';
import { FindFieldContext } from './find-mark-context';
import { ItemCard } from './item-card';

interface UserMessageProps {
  item: ChatKitThreadUserMessageItem;
  omitted?: readonly string[];
}

function InferenceNote({
  options,
}: {
  options: ChatKitThreadUserMessageItem['inference_options'];
}) {
  const details = [
    options?.model ? `Model: ${options.model}` : null,
    options?.tool_choice ? `Tool: ${options.tool_choice.id}` : null,
  ].filter((detail) => detail !== null);
  if (details.length === 0) return null;
  return (
    <p className="text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
      {details.join(' · ')}
    </p>
  );
}

export function UserMessage({ item, omitted }: UserMessageProps) {
  // Each part keeps its index: it is the part's field for find (findFields).
  const parts = [...item.content.entries()].filter(([, part]) => part.text.trim() !== '');
  const isEmpty = parts.length === 0 && item.attachments.length === 0;
  return (
    <ItemCard
      label="Customer message"
      title="Customer"
      icon="user"
      tone="customer"
      createdAt={item.created_at}
      omitted={omitted}
    >
      {parts.map(([index, part]) => (
        <FindFieldContext key={index} value={index}>
          {part.type === 'quoted_text' ? (
            <blockquote className="border-l-4 border-sky-300 pl-3 text-slate-700 dark:border-sky-700 dark:text-slate-300">
              <ClippedText text={part.text} />
            </blockquote>
          ) : (
            <ClippedText text={part.text} />
          )}
        </FindFieldContext>
      ))}
      {isEmpty && <MutedNote>(empty message)</MutedNote>}
      {item.attachments.length > 0 && (
        <AttachmentList
          attachments={item.attachments}
          fieldOf={(index) => attachmentField(item.content.length, index)}
        />
      )}
      <InferenceNote options={item.inference_options} />
    </ItemCard>
  );
}
