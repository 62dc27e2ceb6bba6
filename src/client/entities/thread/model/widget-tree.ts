import {
  cardAction,
  readBadge,
  readButton,
  readCheckbox,
  readChoice,
  readField,
  readImage,
  readText,
} from './widget-leaf-readers';
import {
  MAX_WIDGET_DEPTH,
  MAX_WIDGET_NODES,
  type BoxNode,
  type WidgetNode,
  type WidgetTree,
} from './widget-nodes';
import {
  actionType,
  ALIGNS,
  background,
  boxSize,
  flag,
  isRecord,
  justify,
  oneOf,
  padding,
  radius,
  space,
} from './widget-props';
import { subtreeTexts, widgetFields } from './widget-text';
import { textOf, type Props, type Reader, type Walk } from './widget-walk';

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
