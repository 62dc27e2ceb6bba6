import {
  actionType,
  justify,
  ALIGNS,
  background,
  BADGE_TONES,
  boxSize,
  flag,
  isRecord,
  oneOf,
  padding,
  radius,
  space,
  TEXT_ALIGNS,
  TEXT_SIZES,
  text,
  textTone,
  titleSize,
  WEIGHTS,
  type Align,
  type Background,
  type BadgeTone,
  type BoxSize,
  type Justify,
  type Padding,
  type Radius,
  type Space,
  type TextAlign,
  type TextSize,
  type TextTone,
  type TitleSize,
  type Weight,
} from './widget-props';
import { subtreeTexts, widgetFields, type WidgetFields } from './widget-text';

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

interface Walk {
  fields: WidgetFields;
  nodes: number;
  tooBig?: 'too-deep' | 'too-large';
  /** The nearest Form's submit action, for Buttons with `submit`. */
  formAction?: string;
}

type Props = Record<string, unknown>;
type Reader = (props: Props, walk: Walk, depth: number) => WidgetNode | undefined;

function textOf(props: Props, key: string, walk: Walk): WidgetText | undefined {
  const value = text(props[key]);
  return value === undefined ? undefined : { value, field: walk.fields.get(props)?.[key] ?? null };
}

function childrenOf(value: unknown, walk: Walk, depth: number): WidgetNode[] {
  const list = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  return list.map((child) => readNode(child, walk, depth + 1));
}

function readBox(props: Props, walk: Walk, depth: number, direction: 'row' | 'col'): BoxNode {
  const isForm = props['type'] === 'Form';
  const outerAction = walk.formAction;
  if (isForm) walk.formAction = actionType(props['onSubmitAction']);
  const children = childrenOf(props['children'], walk, depth);
  walk.formAction = outerAction;
  return {
    kind: 'box',
    direction: oneOf(props['direction'], ['row', 'col'] as const) ?? direction,
    form: isForm,
    children,
    gap: space(props['gap']),
    padding: padding(props['padding']),
    align: oneOf(props['align'], ALIGNS),
    justify: justify(props['justify']),
    wrap: props['wrap'] === 'wrap' || props['wrap'] === 'wrap-reverse',
    grow: typeof props['flex'] === 'number' && props['flex'] > 0,
    background: background(props['background']),
    radius: radius(props['radius']),
    border: typeof props['border'] === 'number' || isRecord(props['border']),
    size: boxSize(props['size']),
  };
}

function readButton(props: Props, walk: Walk, action?: string): ButtonNode {
  const color = props['color'];
  const submits = flag(props['submit']);
  return {
    kind: 'button',
    label: textOf(props, 'label', walk),
    action: action ?? actionType(props['onClickAction']) ?? (submits ? walk.formAction : undefined),
    submits,
    primary: props['style'] === 'primary' || props['variant'] === 'solid' || color === 'primary',
    danger: color === 'danger',
  };
}

/** Card `confirm`/`cancel`: `{ label, action }`, shown as the card's footer buttons. */
function cardAction(value: unknown, walk: Walk, primary: boolean): ButtonNode | undefined {
  if (!isRecord(value)) return undefined;
  const label = textOf(value, 'label', walk);
  if (label === undefined) return undefined;
  return {
    kind: 'button',
    label,
    action: actionType(value['action']),
    submits: false,
    primary,
    danger: false,
  };
}

function readCard(props: Props, walk: Walk, depth: number): WidgetNode | undefined {
  if (!Array.isArray(props['children'])) return undefined;
  const status = isRecord(props['status']) ? textOf(props['status'], 'text', walk) : undefined;
  const body = readBox(
    {
      ...props,
      type: flag(props['asForm']) ? 'Form' : 'Col',
      padding: undefined,
      background: undefined,
    },
    walk,
    depth,
    'col',
  );
  // readBox took a copy of props; the footer buttons are read from the original object so their
  // find fields line up.
  const actions = [
    cardAction(props['cancel'], walk, false),
    cardAction(props['confirm'], walk, true),
  ];
  return {
    kind: 'card',
    size: oneOf(props['size'], ['sm', 'md', 'lg', 'full'] as const),
    padding: padding(props['padding']),
    background: background(props['background']),
    status,
    body: { ...body, gap: body.gap ?? 3 },
    actions: actions.filter((action) => action !== undefined),
  };
}

function readList(props: Props, walk: Walk, depth: number): WidgetNode | undefined {
  if (!Array.isArray(props['children'])) return undefined;
  const limit = props['limit'];
  return {
    kind: 'list',
    status: isRecord(props['status']) ? textOf(props['status'], 'text', walk) : undefined,
    limit: typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : undefined,
    items: childrenOf(props['children'], walk, depth),
  };
}

function readListItem(props: Props, walk: Walk, depth: number): WidgetNode | undefined {
  if (!Array.isArray(props['children'])) return undefined;
  return {
    kind: 'list-item',
    gap: space(props['gap']),
    align: oneOf(props['align'], ALIGNS),
    action: actionType(props['onClickAction']),
    children: childrenOf(props['children'], walk, depth),
  };
}

function readText(variant: TextNode['variant']): Reader {
  return (props, walk) => {
    const value = textOf(props, 'value', walk);
    if (value === undefined) return undefined;
    return {
      kind: 'text',
      variant,
      text: value,
      size:
        variant === 'title'
          ? titleSize(props['size'])
          : oneOf(
              props['size'],
              variant === 'caption' ? (['sm', 'md', 'lg'] as const) : TEXT_SIZES,
            ),
      weight: oneOf(props['weight'], WEIGHTS),
      tone: textTone(props['color']),
      align: oneOf(props['textAlign'], TEXT_ALIGNS),
      italic: flag(props['italic']),
      strike: flag(props['lineThrough']),
    };
  };
}

function readBadge(props: Props, walk: Walk): WidgetNode | undefined {
  const label = textOf(props, 'label', walk);
  if (label === undefined) return undefined;
  return {
    kind: 'badge',
    label,
    tone: oneOf(props['color'], BADGE_TONES) ?? 'secondary',
    variant: oneOf(props['variant'], ['solid', 'soft', 'outline'] as const) ?? 'soft',
  };
}

function readImage(props: Props): WidgetNode | undefined {
  const src = text(props['src']);
  if (src === undefined) return undefined;
  return {
    kind: 'image',
    src,
    alt: text(props['alt']),
    size: boxSize(props['size'] ?? props['width'] ?? props['height']),
    radius: radius(props['radius']),
  };
}

function readField(control: 'Input' | 'Textarea' | 'DatePicker'): Reader {
  return (props) => {
    const name = text(props['name']);
    if (name === undefined) return undefined;
    return {
      kind: 'field',
      control,
      name,
      value: text(props['defaultValue']),
      placeholder: text(props['placeholder']),
    };
  };
}

function readChoice(control: 'Select' | 'RadioGroup'): Reader {
  return (props, walk) => {
    const name = text(props['name']);
    const options = props['options'] ?? [];
    if (name === undefined || !Array.isArray(options)) return undefined;
    const chosen = props['defaultValue'];
    return {
      kind: 'choice',
      control,
      name,
      label: text(props['ariaLabel']),
      placeholder: text(props['placeholder']),
      options: options.flatMap((option: unknown) => {
        const label = isRecord(option) ? textOf(option, 'label', walk) : undefined;
        if (!isRecord(option) || label === undefined) return [];
        return [{ label, selected: chosen !== undefined && option['value'] === chosen }];
      }),
    };
  };
}

function readCheckbox(props: Props, walk: Walk): WidgetNode | undefined {
  const name = text(props['name']);
  if (name === undefined) return undefined;
  return {
    kind: 'checkbox',
    name,
    label: textOf(props, 'label', walk),
    checked: flag(props['defaultChecked']),
  };
}

const box =
  (direction: 'row' | 'col'): Reader =>
  (props, walk, depth) =>
    readBox(props, walk, depth, direction);

const READERS: Readonly<Record<string, Reader>> = {
  Card: readCard,
  ListView: readList,
  ListViewItem: readListItem,
  Basic: box('col'),
  Box: box('col'),
  Row: box('row'),
  Col: box('col'),
  Form: box('col'),
  Title: readText('title'),
  Text: readText('text'),
  Caption: readText('caption'),
  Label: readText('label'),
  Markdown: (props, walk) => {
    const value = textOf(props, 'value', walk);
    return value && { kind: 'markdown', text: value };
  },
  Badge: readBadge,
  Divider: (props) => ({ kind: 'divider', flush: flag(props['flush']) }),
  Spacer: () => ({ kind: 'spacer' }),
  Icon: () => ({ kind: 'icon' }),
  Image: readImage,
  Button: (props, walk) => readButton(props, walk),
  Input: readField('Input'),
  Textarea: readField('Textarea'),
  DatePicker: readField('DatePicker'),
  Select: readChoice('Select'),
  RadioGroup: readChoice('RadioGroup'),
  Checkbox: readCheckbox,
  Transition: (props, walk, depth) => readBox({ children: props['children'] }, walk, depth, 'col'),
};

function readNode(value: unknown, walk: Walk, depth: number): WidgetNode {
  walk.nodes++;
  if (depth > MAX_WIDGET_DEPTH) walk.tooBig ??= 'too-deep';
  if (walk.nodes > MAX_WIDGET_NODES) walk.tooBig ??= 'too-large';
  const sentType = isRecord(value) && typeof value['type'] === 'string' ? value['type'] : '';
  const reader = Object.hasOwn(READERS, sentType) ? READERS[sentType] : undefined;
  const node =
    walk.tooBig === undefined && reader && isRecord(value) ? reader(value, walk, depth) : undefined;
  if (node) return node;
  // Unknown components and known ones with unusable props keep their text, never their looks.
  const texts = walk.tooBig === undefined ? subtreeTexts(value, walk.fields) : [];
  return { kind: 'unknown', sentType, malformed: reader !== undefined, texts };
}

/** The widget as a tree of the components we draw, each prop checked against a fixed set. */
export function buildWidgetTree(parsed: unknown): WidgetTree {
  const rootType = isRecord(parsed) ? parsed['type'] : undefined;
  if (rootType !== 'Card' && rootType !== 'ListView' && rootType !== 'Basic') {
    return { ok: false, reason: 'not-a-widget' };
  }
  const walk: Walk = { fields: widgetFields(parsed), nodes: 0 };
  const root = readNode(parsed, walk, 0);
  return walk.tooBig ? { ok: false, reason: walk.tooBig } : { ok: true, root };
}
