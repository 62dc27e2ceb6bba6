// The checked widget tree the transcript draws: every prop is one of a fixed set of values.
import type {
  Align,
  Background,
  BadgeTone,
  BoxSize,
  Justify,
  Padding,
  Radius,
  Space,
  TextAlign,
  TextSize,
  TextTone,
  TitleSize,
  Weight,
} from './widget-props';

/** Past these, a widget is shown as its text: drawing it would cost more than it tells. */
export const MAX_WIDGET_DEPTH = 20;
export const MAX_WIDGET_NODES = 500;

/** A string the customer read, with its find field (index in `readWidget().texts`). */
export interface WidgetText {
  value: string;
  field: number | null;
}

export interface BoxNode {
  kind: 'box';
  direction: 'row' | 'col';
  /** Form (or a Card with `asForm`): its submit action, for buttons that submit it. */
  form: boolean;
  children: WidgetNode[];
  gap?: Space;
  padding?: Padding;
  align?: Align;
  justify?: Justify;
  wrap: boolean;
  grow: boolean;
  background?: Background;
  radius?: Radius;
  border: boolean;
  size?: BoxSize;
}

export interface ButtonNode {
  kind: 'button';
  label?: WidgetText;
  /** The action type the app would have received, e.g. `submit_refund`. */
  action?: string;
  submits: boolean;
  primary: boolean;
  danger: boolean;
}

export interface TextNode {
  kind: 'text';
  variant: 'text' | 'title' | 'caption' | 'label';
  text: WidgetText;
  size?: TextSize | TitleSize;
  weight?: Weight;
  tone?: TextTone;
  align?: TextAlign;
  italic: boolean;
  strike: boolean;
}

export interface ChoiceOption {
  label: WidgetText;
  selected: boolean;
}

export type WidgetNode =
  | {
      kind: 'card';
      size?: 'sm' | 'md' | 'lg' | 'full';
      padding?: Padding;
      background?: Background;
      status?: WidgetText;
      body: BoxNode;
      actions: ButtonNode[];
    }
  | { kind: 'list'; status?: WidgetText; limit?: number; items: WidgetNode[] }
  | { kind: 'list-item'; gap?: Space; align?: Align; action?: string; children: WidgetNode[] }
  | BoxNode
  | TextNode
  | { kind: 'markdown'; text: WidgetText }
  | { kind: 'badge'; label: WidgetText; tone: BadgeTone; variant: 'solid' | 'soft' | 'outline' }
  | { kind: 'divider'; flush: boolean }
  | { kind: 'spacer' }
  | { kind: 'icon' }
  | { kind: 'image'; src: string; alt?: string; size?: BoxSize; radius?: Radius }
  | ButtonNode
  | {
      kind: 'field';
      control: 'Input' | 'Textarea' | 'DatePicker';
      name: string;
      value?: string;
      placeholder?: string;
    }
  | { kind: 'checkbox'; name: string; label?: WidgetText; checked: boolean }
  | {
      kind: 'choice';
      control: 'Select' | 'RadioGroup';
      name: string;
      label?: string;
      placeholder?: string;
      options: ChoiceOption[];
    }
  | { kind: 'unknown'; sentType: string; malformed: boolean; texts: WidgetText[] };

export type WidgetTree =
  { ok: true; root: WidgetNode } | { ok: false; reason: 'too-deep' | 'too-large' | 'not-a-widget' };
