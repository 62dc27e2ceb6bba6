import type { ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';
import { Badge, type BadgeTone } from '@/client/components/ui/badge';
import { Collapsible } from '@/client/components/ui/collapsible';
import { MutedNote } from '@/client/components/ui/muted-note';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { toolCallField } from '@/client/entities/thread/model/item-text';
import { FindFieldContext, useCurrentMarkField } from './find-mark-context';
import { HighlightedText } from './highlighted-text';
import { ItemCard } from './item-card';
import { JsonBlock } from './json-block';

interface ClientToolCallProps {
  item: ChatKitThreadItemList.ChatKitClientToolCall;
  omitted?: readonly string[];
}

const statuses: Partial<Record<string, { label: string; tone: BadgeTone }>> = {
  completed: { label: 'Completed', tone: 'success' },
  in_progress: { label: 'Running', tone: 'progress' },
};

export function ClientToolCall({ item, omitted }: ClientToolCallProps) {
  const name = item.name.trim() === '' ? 'unnamed tool' : revealInvisible(item.name);
  // A status added to the API later is shown as sent, without pretending to know its meaning.
  const status = statuses[item.status] ?? { label: `Status: ${item.status}`, tone: 'neutral' };
  const markField = useCurrentMarkField();
  return (
    <ItemCard
      label={`Tool call ${name}`}
      title={
        <>
          Tool call{' '}
          <code className="font-mono font-normal">
            <FindFieldContext value={toolCallField.name}>
              <HighlightedText text={name} />
            </FindFieldContext>
          </code>
        </>
      }
      icon="tool"
      tone="muted"
      createdAt={item.created_at}
      aside={<Badge tone={status.tone}>{status.label}</Badge>}
      omitted={omitted}
    >
      <Collapsible summary="Arguments" reveal={markField === toolCallField.arguments}>
        {item.arguments.trim() === '' ? (
          <MutedNote>No arguments</MutedNote>
        ) : (
          <FindFieldContext value={toolCallField.arguments}>
            <JsonBlock text={item.arguments} copyLabel="Copy arguments" />
          </FindFieldContext>
        )}
      </Collapsible>
      {item.output === null ? (
        <MutedNote>{item.status === 'in_progress' ? 'No output yet' : 'No output'}</MutedNote>
      ) : (
        <Collapsible summary="Output" reveal={markField === toolCallField.output}>
          {item.output.trim() === '' ? (
            <MutedNote>Empty output</MutedNote>
          ) : (
            <FindFieldContext value={toolCallField.output}>
              <JsonBlock text={item.output} copyLabel="Copy output" />
            </FindFieldContext>
          )}
        </Collapsible>
      )}
    </ItemCard>
  );
}
