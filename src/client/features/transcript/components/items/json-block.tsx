import { useMemo } from 'react';
import { CodeBlock } from '@/client/components/ui/code-block';
import { CopyButton } from '@/client/components/ui/copy-button';
import { prettyJson } from '@/client/entities/thread/model/json-text';
import { ClippedText } from './clipped-text';
import { HighlightedText } from './highlighted-text';

function renderCode(text: string) {
  return (
    <CodeBlock>
      <HighlightedText text={text} />
    </CodeBlock>
  );
}

/** JSON text pretty-printed when it parses, shown as sent when it does not; long text clipped. */
export function JsonBlock({ text, copyLabel }: { text: string; copyLabel: string }) {
  const { pretty, isJson } = useMemo(() => prettyJson(text), [text]);
  return (
    <div className="min-w-0 space-y-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {isJson ? 'JSON' : 'Text (not valid JSON, shown as sent)'}
        </span>
        <CopyButton text={text} label={copyLabel} />
      </div>
      <ClippedText text={pretty}>{renderCode}</ClippedText>
    </div>
  );
}
