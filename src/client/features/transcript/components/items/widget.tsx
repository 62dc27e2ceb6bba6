import { Suspense, useMemo } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { ChatKitWidgetItem } from 'openai/resources/beta/chatkit/threads';
import { Badge } from '@/client/components/ui/badge';
import { CodeBlock } from '@/client/components/ui/code-block';
import { Collapsible } from '@/client/components/ui/collapsible';
import { MutedNote } from '@/client/components/ui/muted-note';
import { readWidget } from '@/client/entities/thread/model/widget-text';
import { ChunkLoadError, lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { ClippedText } from './clipped-text';
import { ItemCard } from './item-card';
import { JsonBlock } from './json-block';
import { WidgetTexts } from './widget-texts';

// Only threads with a widget pay for the renderer; its text view stands in while it loads.
const WidgetView = lazyWithRetry(
  () => import('./widget/widget-view'),
  (module) => module.WidgetView,
);

/** The root types ChatKit draws (chatkit-python `WidgetRoot`); anything else stays text. */
const DRAWN_ROOTS = new Set(['Card', 'ListView', 'Basic']);

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

function DrawnWidget({ parsed, texts }: { parsed: unknown; texts: string[] }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => {
        // Code that cannot be downloaded costs the drawing, not the text; bugs go on up.
        if (!(error instanceof ChunkLoadError)) throw error;
        return <WidgetTexts texts={texts} note="The widget could not be drawn; its text:" />;
      }}
    >
      <Suspense fallback={<WidgetTexts texts={texts} />}>
        <WidgetView parsed={parsed} texts={texts} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The widget as the customer saw it (or its text), with the payload one click away. */
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
          {type !== undefined && DRAWN_ROOTS.has(type) ? (
            <DrawnWidget parsed={parsed} texts={texts} />
          ) : (
            <WidgetTexts texts={texts} />
          )}
          <Collapsible summary="Widget JSON">
            <JsonBlock text={item.widget} copyLabel="Copy widget JSON" />
          </Collapsible>
        </>
      )}
    </ItemCard>
  );
}
