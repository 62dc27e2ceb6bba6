import { useMemo } from 'react';
import type { ChatKitWidgetItem } from 'openai/resources/beta/chatkit/threads';
import { Badge } from '@/client/components/ui/badge';
import { CodeBlock } from '@/client/components/ui/code-block';
import { Collapsible } from '@/client/components/ui/collapsible';
import { MutedNote } from '@/client/components/ui/muted-note';
import { readWidget } from '@/client/entities/thread/model/widget-text';
import { ClippedText } from './clipped-text';
import { FindFieldContext } from './find-mark-context';
import { HighlightedText } from './highlighted-text';
import { ItemCard } from './item-card';
import { JsonBlock } from './json-block';

interface WidgetProps {
  item: ChatKitWidgetItem;
  omitted?: readonly string[];
}

function renderCode(text: string) {
  return <CodeBlock>{text}</CodeBlock>;
}

function rootType(parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('type' in parsed)) return undefined;
  return typeof parsed.type === 'string' && parsed.type !== '' ? parsed.type : undefined;
}

/** The widget's text as the customer read it, with the payload one click away. */
export function Widget({ item, omitted }: WidgetProps) {
  const { parsed, texts } = useMemo(() => readWidget(item.widget), [item.widget]);
  const type = rootType(parsed);
  return (
    <ItemCard
      label="Widget"
      title="Widget"
      icon="widget"
      tone="muted"
      createdAt={item.created_at}
      aside={type === undefined ? undefined : <Badge>{type}</Badge>}
      omitted={omitted}
    >
      {parsed === undefined && item.widget.trim() === '' && <MutedNote>Empty widget</MutedNote>}
      {parsed === undefined && item.widget.trim() !== '' && (
        <Collapsible summary="Widget (unreadable payload)">
          <ClippedText text={item.widget}>{renderCode}</ClippedText>
        </Collapsible>
      )}
      {parsed !== undefined && (
        <>
          {texts.length === 0 ? (
            <MutedNote>No readable text in this widget</MutedNote>
          ) : (
            <div className="min-w-0 space-y-1 rounded-md border border-slate-200 bg-white p-2.5 dark:border-slate-700 dark:bg-slate-950">
              {texts.map((text, index) => (
                <p key={index} className="[overflow-wrap:anywhere] whitespace-pre-wrap">
                  <FindFieldContext value={index}>
                    <HighlightedText text={text} />
                  </FindFieldContext>
                </p>
              ))}
            </div>
          )}
          <Collapsible summary="Widget JSON">
            <JsonBlock text={item.widget} copyLabel="Copy widget JSON" />
          </Collapsible>
        </>
      )}
    </ItemCard>
  );
}
