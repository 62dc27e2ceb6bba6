import type { WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import { assertNever } from '@/client/lib/assert-never';
import { MarkdownText } from '../markdown-text';
import { FindFieldContext } from '../find-mark-context';
import { WidgetButton } from './widget-button';
import { WidgetCheckbox, WidgetChoice, WidgetField } from './widget-fields';
import { WidgetImage } from './widget-image';
import { WidgetBox, WidgetCard, WidgetList, WidgetListItem } from './widget-layout';
import { WidgetBadge, WidgetTextBlock } from './widget-typography';
import { WidgetUnknown } from './widget-unknown';

/** One component of a checked widget tree (`buildWidgetTree`). */
export function WidgetNodeView({ node }: { node: WidgetNode }) {
  switch (node.kind) {
    case 'card':
      return <WidgetCard node={node} />;
    case 'list':
      return <WidgetList node={node} />;
    case 'list-item':
      return <WidgetListItem node={node} />;
    case 'box':
      return <WidgetBox node={node} />;
    case 'text':
      return <WidgetTextBlock node={node} />;
    case 'markdown':
      return (
        <FindFieldContext value={node.text.field}>
          <MarkdownText text={node.text.value} />
        </FindFieldContext>
      );
    case 'badge':
      return <WidgetBadge node={node} />;
    case 'divider':
      return <hr className="w-full self-stretch border-slate-200 dark:border-slate-700" />;
    case 'spacer':
      return <span aria-hidden="true" className="flex-1" />;
    case 'icon':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3 shrink-0 rounded-full border-2 border-slate-400 dark:border-slate-500"
        />
      );
    case 'image':
      return <WidgetImage node={node} />;
    case 'button':
      return <WidgetButton node={node} />;
    case 'field':
      return <WidgetField node={node} />;
    case 'checkbox':
      return <WidgetCheckbox node={node} />;
    case 'choice':
      return <WidgetChoice node={node} />;
    case 'unknown':
      return <WidgetUnknown node={node} />;
    default:
      return assertNever(node);
  }
}
