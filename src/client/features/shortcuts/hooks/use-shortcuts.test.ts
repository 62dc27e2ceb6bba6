import { describe, expect, it } from 'vitest';
import { shortcutFor } from './use-shortcuts';

function press(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return shortcutFor(event);
}

describe('shortcutFor', () => {
  it('maps "/", "j", "k" and "?" on the page', () => {
    expect(press('/', document.body)).toBe('find');
    expect(press('j', document.body)).toBe('next');
    expect(press('k', document.body)).toBe('previous');
    expect(press('?', document.body, { shiftKey: true })).toBe('help');
    expect(press('x', document.body)).toBeNull();
  });

  it('stays off while typing in a field', () => {
    for (const tag of ['input', 'textarea', 'select']) {
      expect(press('j', document.createElement(tag))).toBeNull();
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
  });
});
