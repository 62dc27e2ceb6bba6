import { describe, expect, it } from 'vitest';
import type { WidgetNode } from './widget-nodes';
import { buildWidgetTree } from './widget-tree';
import { readWidget } from './widget-text';

function rootOf(widget: unknown): WidgetNode {
  const tree = buildWidgetTree(JSON.parse(JSON.stringify(widget)));
  if (!tree.ok) throw new Error(`not drawn: ${tree.reason}`);
  return tree.root;
}

/** The card's body children: the components under test. */
function bodyOf(children: unknown[]): WidgetNode[] {
  const root = rootOf({ type: 'Card', children });
  if (root.kind !== 'card') throw new Error('not a card');
  return root.body.children;
}

function only(children: unknown[]): WidgetNode {
  const [node] = bodyOf(children);
  if (!node) throw new Error('no node');
  return node;
}

describe('buildWidgetTree', () => {
  it('draws only the root types ChatKit draws', () => {
    expect(buildWidgetTree({ type: 'Text', value: 'x' })).toEqual({
      ok: false,
      reason: 'not-a-widget',
    });
    expect(buildWidgetTree(['Card'])).toEqual({ ok: false, reason: 'not-a-widget' });
    expect(rootOf({ type: 'ListView', children: [] }).kind).toBe('list');
    expect(rootOf({ type: 'Basic', children: [] }).kind).toBe('box');
  });

  it('reads a card with its status, footer actions and layout tokens', () => {
    const root = rootOf({
      type: 'Card',
      size: 'sm',
      padding: 4,
      status: { text: 'Billing', favicon: 'https://tracker.example/f.ico' },
      confirm: { label: 'Approve', action: { type: 'approve' } },
      cancel: { label: 'Decline', action: { type: 'decline' } },
      children: [{ type: 'Row', gap: 3, align: 'center', justify: 'between', children: [] }],
    });
    expect(root).toMatchObject({
      kind: 'card',
      size: 'sm',
      padding: { x: 4, y: 4 },
      status: { value: 'Billing' },
      actions: [
        { kind: 'button', label: { value: 'Decline' }, action: 'decline', primary: false },
        { kind: 'button', label: { value: 'Approve' }, action: 'approve', primary: true },
      ],
    });
    if (root.kind !== 'card') throw new Error('not a card');
    expect(root.body.children[0]).toMatchObject({
      kind: 'box',
      direction: 'row',
      gap: 3,
      align: 'center',
      justify: 'between',
    });
  });

  it('reads text components with their typography tokens', () => {
    expect(
      only([
        {
          type: 'Title',
          value: 'Refund',
          size: '5xl',
          weight: 'bold',
          color: 'danger',
          textAlign: 'center',
        },
      ]),
    ).toMatchObject({
      kind: 'text',
      variant: 'title',
      text: { value: 'Refund', field: 0 },
      size: '3xl',
      weight: 'bold',
      tone: 'danger',
      align: 'center',
    });
    // Clamps are not kept: the reviewer reads the whole text the customer could expand.
    expect(only([{ type: 'Caption', value: 'c', color: 'blue-500', maxLines: 2 }])).toEqual(
      expect.objectContaining({ variant: 'caption', tone: 'info' }),
    );
    expect(only([{ type: 'Text', value: 't', truncate: true }])).not.toHaveProperty('maxLines');
    expect(only([{ type: 'Label', value: 'Reason', fieldName: 'reason' }])).toMatchObject({
      variant: 'label',
    });
    expect(only([{ type: 'Markdown', value: '**hi**' }])).toEqual({
      kind: 'markdown',
      text: { value: '**hi**', field: 0 },
    });
  });

  it('drops CSS strings, theme objects and unknown tokens instead of passing them on', () => {
    const node = only([
      {
        type: 'Box',
        gap: '12px; background:url(https://evil.example/x)',
        justify: 'evenly',
        padding: 'calc(100vh)',
        background: 'url(https://evil.example/bg.png)',
        radius: '50% /* x */',
        align: 'center;position:fixed',
        children: [
          {
            type: 'Text',
            value: 'ok',
            color: { light: 'red;position:fixed', dark: 'x' },
            size: 'huge',
            weight: '900',
          },
        ],
      },
    ]);
    expect(node).toMatchObject({ kind: 'box', gap: undefined, padding: undefined });
    if (node.kind !== 'box') throw new Error('not a box');
    expect([node.background, node.radius, node.align]).toEqual([undefined, undefined, undefined]);
    // Known tokens we draw more simply still map onto the fixed set.
    expect(node.justify).toBe('between');
    expect(node.children[0]).toMatchObject({
      tone: undefined,
      size: undefined,
      weight: undefined,
    });
  });

  it('reads buttons with the action they would send, a submit button taking its form’s', () => {
    const form = only([
      {
        type: 'Form',
        onSubmitAction: { type: 'submit_refund', payload: { secret: 'p' } },
        children: [
          { type: 'Button', label: 'Send', submit: true, style: 'primary' },
          { type: 'Button', label: 'Cancel', onClickAction: { type: 'cancel' }, color: 'danger' },
          { type: 'Button' },
        ],
      },
    ]);
    if (form.kind !== 'box') throw new Error('not a box');
    expect(form.form).toBe(true);
    expect(form.children).toMatchObject([
      { kind: 'button', action: 'submit_refund', submits: true, primary: true },
      { kind: 'button', action: 'cancel', danger: true },
      { kind: 'button', label: undefined, action: undefined },
    ]);
  });

  it('reads form controls as the values they held', () => {
    expect(
      bodyOf([
        { type: 'Input', name: 'email', defaultValue: 'a@b.c', placeholder: 'Email' },
        { type: 'Textarea', name: 'note' },
        { type: 'DatePicker', name: 'when', defaultValue: '2026-11-30' },
        { type: 'Checkbox', name: 'notify', label: 'Notify me', defaultChecked: true },
        {
          type: 'Select',
          name: 'reason',
          defaultValue: 'b',
          options: [{ value: 'a', label: 'First' }, { value: 'b', label: 'Second' }, 'junk'],
        },
        { type: 'RadioGroup', name: 'size', options: [{ value: 's', label: 'Small' }] },
      ]),
    ).toMatchObject([
      { kind: 'field', control: 'Input', name: 'email', value: 'a@b.c', placeholder: 'Email' },
      { kind: 'field', control: 'Textarea', name: 'note', value: undefined },
      { kind: 'field', control: 'DatePicker', value: '2026-11-30' },
      { kind: 'checkbox', label: { value: 'Notify me' }, checked: true },
      {
        kind: 'choice',
        control: 'Select',
        options: [
          { label: { value: 'First' }, selected: false },
          { label: { value: 'Second' }, selected: true },
        ],
      },
      { kind: 'choice', control: 'RadioGroup', options: [{ selected: false }] },
    ]);
  });

  it('keeps unknown components and unusable props as text, with their find fields', () => {
    const widget = {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Before' },
        { type: 'Chart', title: 'Spend', data: [{ label: 'Nov' }] },
        { type: 'Text', value: 42 },
        { type: 'Image' },
        'loose string',
        { type: 'constructor', label: 'proto' },
      ],
    };
    const texts = readWidget(JSON.stringify(widget)).texts;
    expect(texts).toEqual(['Before', 'Spend', 'Nov', 'proto']);
    expect(bodyOf(widget.children)).toEqual([
      expect.objectContaining({ kind: 'text' }),
      {
        kind: 'unknown',
        sentType: 'Chart',
        malformed: false,
        texts: [
          { value: 'Spend', field: 1 },
          { value: 'Nov', field: 2 },
        ],
      },
      { kind: 'unknown', sentType: 'Text', malformed: true, texts: [] },
      { kind: 'unknown', sentType: 'Image', malformed: true, texts: [] },
      { kind: 'unknown', sentType: '', malformed: false, texts: [] },
      {
        kind: 'unknown',
        sentType: 'constructor',
        malformed: false,
        texts: [{ value: 'proto', field: 3 }],
      },
    ]);
  });

  it('gives every drawn text the field find counts it under', () => {
    const widget = {
      type: 'Card',
      status: { text: 'S' },
      confirm: { label: 'OK', action: { type: 'ok' } },
      children: [
        { type: 'Text', value: 'T' },
        { type: 'Badge', label: 'B' },
        { type: 'Select', name: 'n', options: [{ value: 'v', label: 'L', description: 'D' }] },
      ],
    };
    const texts = readWidget(JSON.stringify(widget)).texts;
    const root = rootOf(widget);
    if (root.kind !== 'card') throw new Error('not a card');
    const drawn = [
      root.status,
      root.actions[0]?.label,
      ...root.body.children.flatMap((node) =>
        node.kind === 'text'
          ? [node.text]
          : node.kind === 'badge'
            ? [node.label]
            : node.kind === 'choice'
              ? node.options.map((option) => option.label)
              : [],
      ),
    ];
    for (const text of drawn) {
      if (!text || text.field === null) throw new Error('text without a field');
      expect(texts[text.field]).toBe(text.value);
    }
    // The option's value is what the form submits, not what the customer read.
    expect(texts).not.toContain('v');
  });

  it('shows deep or huge widgets as text', () => {
    let deep: unknown = { type: 'Text', value: 'deep' };
    for (let i = 0; i < 21; i++) deep = { type: 'Box', children: [deep] };
    expect(buildWidgetTree({ type: 'Card', children: [deep] })).toEqual({
      ok: false,
      reason: 'too-deep',
    });
    const many = Array.from({ length: 501 }, () => ({ type: 'Text', value: 'x' }));
    expect(buildWidgetTree({ type: 'Card', children: many })).toEqual({
      ok: false,
      reason: 'too-large',
    });
    const fits = Array.from({ length: 499 }, () => ({ type: 'Text', value: 'x' }));
    expect(buildWidgetTree({ type: 'Card', children: fits }).ok).toBe(true);
  });
});
