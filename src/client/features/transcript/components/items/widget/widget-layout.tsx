import type { BoxNode, WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import { cn } from '@/client/lib/cn';
import { WidgetButton } from './widget-button';
import { WidgetNodeView } from './widget-node';
import { WidgetString } from './widget-string';
import {
  alignClass,
  backgroundClass,
  gapClass,
  justifyClass,
  paddingClass,
  radiusClass,
  sizeClass,
} from './widget-styles';
import { ActionNote } from './widget-typography';

type NodeOf<K extends WidgetNode['kind']> = Extract<WidgetNode, { kind: K }>;

const cardWidth = { sm: 'max-w-sm', md: 'max-w-xl', lg: 'max-w-2xl', full: 'max-w-none' };

// ChatKit's card: a plain surface with a light border and soft corners.
const surface =
  'w-full min-w-0 rounded-xl border border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

function Children({ nodes }: { nodes: readonly WidgetNode[] }) {
  // Widgets carry no stable keys we could trust to be unique; the order never changes.
  return nodes.map((child, index) => <WidgetNodeView key={index} node={child} />);
}

export function WidgetCard({ node }: { node: NodeOf<'card'> }) {
  return (
    <div
      className={cn(
        surface,
        cardWidth[node.size ?? 'md'],
        paddingClass(node.padding) || 'p-3 sm:p-4',
        backgroundClass(node.background, true),
      )}
    >
      {node.status && (
        <p className="mb-2 text-xs font-medium text-slate-600 dark:text-slate-400">
          <WidgetString text={node.status} />
        </p>
      )}
      <WidgetBox node={node.body} />
      {node.actions.length > 0 && (
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          {node.actions.map((action, index) => (
            <WidgetButton key={index} node={action} />
          ))}
        </div>
      )}
    </div>
  );
}

export function WidgetBox({ node }: { node: BoxNode }) {
  const row = node.direction === 'row';
  const hasChildren = node.children.length > 0;
  return (
    <div
      className={cn(
        'flex min-w-0',
        row ? 'flex-row' : 'flex-col',
        gapClass[node.gap ?? 2],
        alignClass[node.align ?? (row ? 'center' : 'stretch')],
        node.justify && justifyClass[node.justify],
        // Rows wrap rather than squeeze their text into a sliver on a phone.
        (row || node.wrap) && 'flex-wrap',
        node.grow && 'flex-1',
        paddingClass(node.padding),
        backgroundClass(node.background, hasChildren),
        node.radius && radiusClass[node.radius],
        node.border && 'border border-slate-200 dark:border-slate-700',
        node.size && `shrink-0 ${sizeClass[node.size]}`,
      )}
    >
      <Children nodes={node.children} />
    </div>
  );
}

export function WidgetList({ node }: { node: NodeOf<'list'> }) {
  const hidden = node.limit !== undefined && node.items.length > node.limit;
  return (
    <div className={cn(surface, 'max-w-xl py-1')}>
      {node.status && (
        <p className="px-3 pt-2 text-xs font-medium text-slate-600 sm:px-4 dark:text-slate-400">
          <WidgetString text={node.status} />
        </p>
      )}
      <ul className="divide-y divide-slate-200 dark:divide-slate-700">
        {node.items.map((item, index) =>
          item.kind === 'list-item' ? (
            <WidgetListItem key={index} node={item} />
          ) : (
            <li key={index} className="px-3 py-2.5 sm:px-4">
              <WidgetNodeView node={item} />
            </li>
          ),
        )}
      </ul>
      {hidden && (
        <p className="px-3 pb-2 text-xs text-slate-600 sm:px-4 dark:text-slate-400">
          The customer saw the first {node.limit} of {node.items.length}, the rest behind “Show
          more”.
        </p>
      )}
    </div>
  );
}

export function WidgetListItem({ node }: { node: NodeOf<'list-item'> }) {
  return (
    <li
      className={cn(
        'flex min-w-0 flex-wrap px-3 py-2.5 sm:px-4',
        gapClass[node.gap ?? 3],
        alignClass[node.align ?? 'center'],
      )}
    >
      <Children nodes={node.children} />
      {node.action !== undefined && (
        <span className="ml-auto">
          <ActionNote kind="Row" action={node.action} />
        </span>
      )}
    </li>
  );
}
