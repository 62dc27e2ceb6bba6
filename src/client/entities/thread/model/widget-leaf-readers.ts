// Readers for the components that hold no other components: text, badges, images, buttons and
// form controls. Each returns undefined when a required prop is unusable.
import {
  actionType,
  BADGE_TONES,
  boxSize,
  flag,
  isRecord,
  oneOf,
  radius,
  TEXT_ALIGNS,
  TEXT_SIZES,
  text,
  textTone,
  titleSize,
  WEIGHTS,
} from './widget-props';
import type { ButtonNode, TextNode, WidgetNode } from './widget-nodes';
import { textOf, type Props, type Reader, type Walk } from './widget-walk';

export function readButton(props: Props, walk: Walk, action?: string): ButtonNode {
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
export function cardAction(value: unknown, walk: Walk, primary: boolean): ButtonNode | undefined {
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

export function readText(variant: TextNode['variant']): Reader {
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

export function readBadge(props: Props, walk: Walk): WidgetNode | undefined {
  const label = textOf(props, 'label', walk);
  if (label === undefined) return undefined;
  return {
    kind: 'badge',
    label,
    tone: oneOf(props['color'], BADGE_TONES) ?? 'secondary',
    variant: oneOf(props['variant'], ['solid', 'soft', 'outline'] as const) ?? 'soft',
  };
}

export function readImage(props: Props): WidgetNode | undefined {
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

export function readField(control: 'Input' | 'Textarea' | 'DatePicker'): Reader {
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

export function readChoice(control: 'Select' | 'RadioGroup'): Reader {
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

export function readCheckbox(props: Props, walk: Walk): WidgetNode | undefined {
  const name = text(props['name']);
  if (name === undefined) return undefined;
  return {
    kind: 'checkbox',
    name,
    label: textOf(props, 'label', walk),
    checked: flag(props['defaultChecked']),
  };
}
