import { useMemo } from 'react';
import { MAX_WIDGET_DEPTH, MAX_WIDGET_NODES } from '@/client/entities/thread/model/widget-nodes';
import { buildWidgetTree } from '@/client/entities/thread/model/widget-tree';
import { WidgetTexts } from '../widget-texts';
import { WidgetNodeView } from './widget-node';

const TOO_BIG = {
  'too-deep': `This widget nests more than ${String(MAX_WIDGET_DEPTH)} levels deep, so it is shown as text.`,
  'too-large': `This widget has more than ${String(MAX_WIDGET_NODES)} components, so it is shown as text.`,
  'not-a-widget': 'This payload is not a Card, ListView or Basic widget, so it is shown as text.',
};

interface WidgetViewProps {
  /** The parsed payload (`readWidget().parsed`). */
  parsed: unknown;
  /** Its texts as find counts them (`readWidget().texts`), for the text view. */
  texts: readonly string[];
}

/** The widget drawn as the customer saw it, read-only; anything we cannot draw falls back to text. */
export function WidgetView({ parsed, texts }: WidgetViewProps) {
  const tree = useMemo(() => buildWidgetTree(parsed), [parsed]);
  if (!tree.ok) return <WidgetTexts texts={texts} note={TOO_BIG[tree.reason]} />;
  return (
    <div role="group" aria-label="Widget (as shown to the customer)" className="min-w-0 py-1">
      <WidgetNodeView node={tree.root} />
    </div>
  );
}
