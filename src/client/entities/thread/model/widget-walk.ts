import type { WidgetNode, WidgetText } from './widget-nodes';
import { text } from './widget-props';
import type { WidgetFields } from './widget-text';

/** State carried through one widget's components while they are read. */
export interface Walk {
  fields: WidgetFields;
  nodes: number;
  tooBig?: 'too-deep' | 'too-large';
  /** The nearest Form's submit action, for Buttons with `submit`. */
  formAction?: string;
}

export type Props = Record<string, unknown>;
export type Reader = (props: Props, walk: Walk, depth: number) => WidgetNode | undefined;

/** A display string of a component, with the find field it is counted under. */
export function textOf(props: Props, key: string, walk: Walk): WidgetText | undefined {
  const value = text(props[key]);
  return value === undefined ? undefined : { value, field: walk.fields.get(props)?.[key] ?? null };
}
