import type { TextNode, WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import type { TitleSize, TextSize } from '@/client/entities/thread/model/widget-props';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { cn } from '@/client/lib/cn';
import { WidgetString } from './widget-string';
import {
  badgeClass,
  textAlignClass,
  textSizeClass,
  titleSizeClass,
  toneClass,
  weightClass,
} from './widget-styles';

const variants = {
  // A widget title is styled text, not a page heading: the transcript's outline stays ours.
  title: { size: 'text-base', weight: 'font-semibold', tone: 'default' },
  text: { size: 'text-sm', weight: 'font-normal', tone: 'default' },
  caption: { size: 'text-xs', weight: 'font-normal', tone: 'tertiary' },
  label: { size: 'text-xs', weight: 'font-medium', tone: 'secondary' },
} as const;

const captionSize: Record<string, string> = { sm: 'text-xs', md: 'text-sm', lg: 'text-base' };

function sizeOf(node: TextNode): string {
  const size = node.size;
  if (size === undefined) return variants[node.variant].size;
  if (node.variant === 'title') return titleSizeClass[size as TitleSize];
  if (node.variant === 'caption') return captionSize[size] ?? 'text-xs';
  return textSizeClass[size as TextSize];
}

/** Title, Text, Caption and Label: one paragraph each. */
export function WidgetTextBlock({ node }: { node: TextNode }) {
  const variant = variants[node.variant];
  return (
    <p
      className={cn(
        'min-w-0 [overflow-wrap:anywhere] whitespace-pre-wrap',
        sizeOf(node),
        node.weight ? weightClass[node.weight] : variant.weight,
        toneClass[node.tone ?? variant.tone],
        node.align && textAlignClass[node.align],
        node.italic && 'italic',
        node.strike && 'line-through',
      )}
    >
      <WidgetString text={node.text} />
    </p>
  );
}

export function WidgetBadge({ node }: { node: Extract<WidgetNode, { kind: 'badge' }> }) {
  return (
    <span
      className={cn(
        'inline-flex w-fit max-w-full shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium [overflow-wrap:anywhere]',
        badgeClass(node.tone, node.variant),
      )}
    >
      <WidgetString text={node.label} />
    </span>
  );
}

/** "Button · action: submit_refund": what the widget would have asked the app to do. */
export function ActionNote({ kind, action }: { kind: string; action: string | undefined }) {
  return (
    <span className="text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
      {kind} ·{' '}
      {action === undefined ? (
        'no action'
      ) : (
        <>
          action: <bdi>{revealInvisible(action)}</bdi>
        </>
      )}
    </span>
  );
}
