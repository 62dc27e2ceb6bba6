import { Fragment } from 'react';
import type { WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { cn } from '@/client/lib/cn';
import { WidgetString } from './widget-string';

type NodeOf<K extends WidgetNode['kind']> = Extract<WidgetNode, { kind: K }>;

const valueBox =
  'min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap dark:border-slate-600 dark:bg-slate-950';
const note = 'text-xs text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400';
const controlNames = { Input: 'Text field', Textarea: 'Text area', DatePicker: 'Date' };

function Empty({ placeholder }: { placeholder: string | undefined }) {
  return (
    <span className="text-slate-600 italic dark:text-slate-400">
      {placeholder === undefined ? (
        'Empty'
      ) : (
        <>
          Empty (placeholder “<bdi>{revealInvisible(placeholder)}</bdi>”)
        </>
      )}
    </span>
  );
}

/** The control's name as its caption: "Text field · note". */
function ControlNote({ kind, name }: { kind: string; name: string }) {
  return (
    <p className={note}>
      {kind} · <bdi>{revealInvisible(name)}</bdi>
    </p>
  );
}

/** Input, Textarea and DatePicker as the value they held (a read-only box), never a control. */
export function WidgetField({ node }: { node: NodeOf<'field'> }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className={valueBox}>
        {node.value === undefined ? (
          <Empty placeholder={node.placeholder} />
        ) : (
          <bdi>{revealInvisible(node.value)}</bdi>
        )}
      </div>
      <ControlNote kind={controlNames[node.control]} name={node.name} />
    </div>
  );
}

function Mark({ on, round }: { on: boolean; round: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'grid size-4 shrink-0 place-items-center border text-xs leading-none',
        round ? 'rounded-full' : 'rounded',
        on
          ? 'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900'
          : 'border-slate-400 dark:border-slate-500',
      )}
    >
      {on ? (round ? '●' : '✓') : ''}
    </span>
  );
}

export function WidgetCheckbox({ node }: { node: NodeOf<'checkbox'> }) {
  return (
    <p className="flex min-w-0 items-center gap-2 text-sm">
      <Mark on={node.checked} round={false} />
      <span className="sr-only">{node.checked ? 'Checked:' : 'Not checked:'}</span>
      {node.label ? <WidgetString text={node.label} /> : <bdi>{revealInvisible(node.name)}</bdi>}
    </p>
  );
}

/** Select shows the chosen option and the choices it offered; RadioGroup lists them all. */
export function WidgetChoice({ node }: { node: NodeOf<'choice'> }) {
  const chosen = node.options.find((option) => option.selected);
  const name = node.label ?? node.name;
  // Each option once: the chosen one is in the box, so find never marks it twice.
  const others = node.options.filter((option) => option !== chosen);
  if (node.control === 'Select') {
    return (
      <div className="flex min-w-0 flex-col gap-1">
        <div className={valueBox}>
          {chosen ? <WidgetString text={chosen.label} /> : <Empty placeholder={node.placeholder} />}
        </div>
        <p className={note}>
          Choice · <bdi>{revealInvisible(name)}</bdi>
          {others.length > 0 && (chosen ? ' · also offered: ' : ' · options: ')}
          {others.map((option, index) => (
            <Fragment key={index}>
              {index > 0 && ', '}
              <WidgetString text={option.label} />
            </Fragment>
          ))}
        </p>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {node.options.map((option, index) => (
          <li key={index} className="flex min-w-0 items-center gap-2">
            <Mark on={option.selected} round />
            <WidgetString text={option.label} />
            {option.selected && <span className="sr-only">(selected)</span>}
          </li>
        ))}
      </ul>
      <ControlNote kind="Options" name={name} />
    </div>
  );
}
