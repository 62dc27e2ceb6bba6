import { useRef, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { CodeBlock } from '@/client/components/ui/code-block';
import { Collapsible } from '@/client/components/ui/collapsible';
import { Icon } from '@/client/components/ui/icon';
import { rawJsonOf, type TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { useCardReveal } from './row-reveal-context';

// The fallback must not fail in turn, so it avoids the item components entirely and caps the
// JSON it prints.
const MAX_FALLBACK_CHARS = 20_000;

function ItemErrorFallback({ entry }: { entry: TranscriptItem }) {
  const card = useRef<HTMLElement>(null);
  // Still the row's card: links, j/k and find bring it into view like any other.
  useCardReveal(card);
  const json = rawJsonOf(entry);
  const shown =
    json.length > MAX_FALLBACK_CHARS ? `${json.slice(0, MAX_FALLBACK_CHARS)}\n… (truncated)` : json;
  return (
    <article
      ref={card}
      aria-label="Item that could not be displayed"
      tabIndex={-1}
      className="min-w-0 space-y-2 rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="flex items-center gap-2 font-medium">
        <Icon name="warning" />
        This item could not be displayed
      </p>
      <Collapsible summary="Raw JSON" className="bg-white dark:bg-slate-900">
        <CodeBlock>{shown}</CodeBlock>
      </Collapsible>
    </article>
  );
}

interface ItemErrorBoundaryProps {
  entry: TranscriptItem;
  children: ReactNode;
}

/** Keeps a render bug in one item from taking down the whole transcript. */
export function ItemErrorBoundary({ entry, children }: ItemErrorBoundaryProps) {
  return (
    <ErrorBoundary resetKeys={[entry]} fallbackRender={() => <ItemErrorFallback entry={entry} />}>
      {children}
    </ErrorBoundary>
  );
}
