import type { ButtonNode } from '@/client/entities/thread/model/widget-nodes';
import { cn } from '@/client/lib/cn';
import { WidgetString } from './widget-string';
import { ActionNote } from './widget-typography';

const looks = {
  primary: 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900',
  danger: 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950',
  secondary:
    'border border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
};

/**
 * A widget button as the customer saw it, but inert: plain text, not a `<button>`, so it cannot
 * be clicked, focused or submitted here. Below it, the action it would have sent.
 */
export function WidgetButton({ node }: { node: ButtonNode }) {
  const look = node.danger ? 'danger' : node.primary ? 'primary' : 'secondary';
  return (
    <span className="inline-flex min-w-0 flex-col items-start gap-1">
      <span
        className={cn(
          'inline-flex max-w-full cursor-default items-center rounded-full px-3 py-1.5 text-sm font-medium [overflow-wrap:anywhere] select-none',
          looks[look],
        )}
      >
        {node.label ? <WidgetString text={node.label} /> : 'Button'}
      </span>
      <ActionNote kind={node.submits ? 'Submit button' : 'Button'} action={node.action} />
    </span>
  );
}
