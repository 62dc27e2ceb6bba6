import { describe, expect, it } from 'vitest';
import { CLIP_KEEP_CHARS, CLIP_KEEP_LINES, clipText } from './clip-text';

describe('clipText', () => {
  it('leaves short text alone', () => {
    expect(clipText('hello\nworld')).toEqual({ visible: 'hello\nworld', clipped: false });
    expect(clipText('x'.repeat(1500))).toEqual({ visible: 'x'.repeat(1500), clipped: false });
  });

  it('clips long text at a word boundary near the limit', () => {
    const text = 'word '.repeat(1000);
    const { visible, clipped } = clipText(text);
    expect(clipped).toBe(true);
    expect(visible.length).toBeLessThanOrEqual(CLIP_KEEP_CHARS);
    expect(visible.length).toBeGreaterThan(CLIP_KEEP_CHARS * 0.8);
    expect(visible.endsWith('word')).toBe(true);
  });

  it('clips a long unbroken token at the character limit', () => {
    const { visible } = clipText('a'.repeat(5000));
    expect(visible).toHaveLength(CLIP_KEEP_CHARS);
  });

  it('clips tall text by lines', () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    const { visible, clipped } = clipText(text);
    expect(clipped).toBe(true);
    expect(visible.split('\n')).toHaveLength(CLIP_KEEP_LINES);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(CLIP_KEEP_CHARS - 1)}${'😀'.repeat(1000)}`;
    const { visible } = clipText(text);
    expect(visible.endsWith('\ud83d')).toBe(false);
  });
});
