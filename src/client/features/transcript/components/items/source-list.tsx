import { useId } from 'react';
import type { ChatKitResponseOutputText } from 'openai/resources/beta/chatkit/threads';
import { Icon } from '@/client/components/ui/icon';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { uniqueSources } from '@/client/entities/thread/model/unique-sources';
import { SafeLink } from './safe-link';

interface SourceListProps {
  annotations: ChatKitResponseOutputText['annotations'];
}

/** Annotations carry no position in the text, so they are listed after the segment they cite. */
export function SourceList({ annotations }: SourceListProps) {
  const labelId = useId();
  const sources = uniqueSources(annotations);
  return (
    <div className="min-w-0 border-t border-slate-200 pt-2 dark:border-slate-700">
      <p
        id={labelId}
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        Sources
      </p>
      <ul aria-labelledby={labelId} className="mt-1 space-y-1 text-sm">
        {sources.map((source) => (
          <li key={source.key} className="flex min-w-0 items-start gap-1.5">
            <Icon
              name={source.kind === 'url' ? 'link' : 'file'}
              className="mt-0.5 size-3.5 text-slate-500 dark:text-slate-400"
            />
            {source.kind === 'url' ? (
              <SafeLink href={source.url} className="min-w-0 [overflow-wrap:anywhere]">
                {revealInvisible(source.url)}
              </SafeLink>
            ) : (
              <span className="min-w-0 [overflow-wrap:anywhere]">
                <bdi>
                  {source.filename.trim() === ''
                    ? 'Unnamed file'
                    : revealInvisible(source.filename)}
                </bdi>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
