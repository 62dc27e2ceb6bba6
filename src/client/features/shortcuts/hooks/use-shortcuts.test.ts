import { describe, expect, it } from 'vitest';
import { isIdBoxShortcut } from './use-id-box-shortcut';
import { shortcutFor } from './use-shortcuts';

function keydown(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function press(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  return shortcutFor(keydown(key, target, init));
}

describe('shortcutFor', () => {
  it('maps "/", "j", "k", "?", Shift+G and "c" on the page', () => {
    expect(press('/', document.body)).toBe('find');
    expect(press('j', document.body)).toBe('next');
    expect(press('k', document.body)).toBe('previous');
    expect(press('?', document.body, { shiftKey: true })).toBe('help');
    expect(press('G', document.body, { shiftKey: true })).toBe('latest');
    expect(press('c', document.body)).toBe('copy-link');
    expect(press('g', document.body)).toBeNull();
    expect(press('x', document.body)).toBeNull();
  });

  it('stays off while typing in a field', () => {
    for (const tag of ['input', 'textarea', 'select']) {
      expect(press('j', document.createElement(tag))).toBeNull();
      expect(press('c', document.createElement(tag))).toBeNull();
    }
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    const inner = document.createElement('span');
    editable.append(inner);
    document.body.append(editable);
    expect(press('/', inner)).toBeNull();
    editable.remove();
  });

  it('stays off with modifier keys', () => {
    expect(press('j', document.body, { ctrlKey: true })).toBeNull();
    expect(press('k', document.body, { metaKey: true })).toBeNull();
    expect(press('/', document.body, { altKey: true })).toBeNull();
    expect(press('c', document.body, { ctrlKey: true })).toBeNull();
  });

  it('stays off inside an open dialog', () => {
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    dialog.setAttribute('open', '');
    expect(press('j', button)).toBeNull();
    dialog.remove();
  });
});

describe('isIdBoxShortcut', () => {
  it('takes ⌘K and Ctrl+K, even while typing in a field', () => {
    expect(isIdBoxShortcut(keydown('k', document.body, { metaKey: true }))).toBe(true);
    expect(isIdBoxShortcut(keydown('k', document.body, { ctrlKey: true }))).toBe(true);
    expect(isIdBoxShortcut(keydown('K', document.createElement('input'), { ctrlKey: true }))).toBe(
      true,
    );
  });

  it('ignores plain k, other modifiers and presses inside a dialog', () => {
    expect(isIdBoxShortcut(keydown('k', document.body))).toBe(false);
    expect(isIdBoxShortcut(keydown('k', document.body, { ctrlKey: true, shiftKey: true }))).toBe(
      false,
    );
    expect(isIdBoxShortcut(keydown('k', document.body, { ctrlKey: true, altKey: true }))).toBe(
      false,
    );
    const dialog = document.createElement('dialog');
    const input = document.createElement('input');
    dialog.append(input);
    document.body.append(dialog);
    dialog.setAttribute('open', '');
    expect(isIdBoxShortcut(keydown('k', input, { metaKey: true }))).toBe(false);
    dialog.remove();
  });
});
