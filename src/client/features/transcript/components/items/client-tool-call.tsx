import type { ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';
import { Badge, type BadgeTone } from '@/client/components/ui/badge';
import { Collapsible } from '@/client/components/ui/collapsible';
import { MutedNote } from '@/client/components/ui/muted-note';
import { revealInvisible } from '@/client/lib/invisible-characters';
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
  return (
    <ItemCard
      label={`Tool call ${name}`}
      title={
        <>
          Tool call{' '}
          <code className="font-mono font-normal">
            <HighlightedText text={name} />
          </code>
        </>
      }
      icon="tool"
      tone="muted"
      createdAt={item.created_at}
      aside={<Badge tone={status.tone}>{status.label}</Badge>}
      omitted={omitted}
    >
      <Collapsible summary="Arguments">
        {item.arguments.trim() === '' ? (
          <MutedNote>No arguments</MutedNote>
        ) : (
          <JsonBlock text={item.arguments} copyLabel="Copy arguments" />
        )}
      </Collapsible>
      {item.output === null ? (
        <MutedNote>{item.status === 'in_progress' ? 'No output yet' : 'No output'}</MutedNote>
      ) : (
        <Collapsible summary="Output">
          {item.output.trim() === '' ? (
            <MutedNote>Empty output</MutedNote>
          ) : (
            <JsonBlock text={item.output} copyLabel="Copy output" />
          )}
        </Collapsible>
      )}
    </ItemCard>
  );
}
