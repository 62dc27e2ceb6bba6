import type { WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { WidgetString } from './widget-string';

type UnknownNode = Extract<WidgetNode, { kind: 'unknown' }>;

/** A component we do not draw (or whose props we cannot use): its texts, and what it was. */
export function WidgetUnknown({ node }: { node: UnknownNode }) {
  const name = node.sentType === '' ? 'Untyped component' : revealInvisible(node.sentType);
  return (
    <div className="min-w-0 space-y-1 rounded-lg border border-dashed border-slate-300 p-2 text-sm dark:border-slate-600">
      <p className="text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
        <bdi>{name}</bdi> {node.malformed ? 'with props we cannot draw' : 'is not drawn here'}
        {' — its text below, the JSON under “Widget JSON”'}
      </p>
      {node.texts.map((text, index) => (
        <p key={index} className="[overflow-wrap:anywhere] whitespace-pre-wrap">
          <WidgetString text={text} />
        </p>
      ))}
    </div>
  );
}
