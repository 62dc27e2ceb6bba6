import { describe, expect, it } from 'vitest';
import { closeBidi, hasInvisible, revealInvisible } from '@/client/lib/invisible-characters';

describe('revealInvisible', () => {
  it('shows a right-to-left override instead of letting it reverse the name', () => {
    expect(revealInvisible('invoice-\u202Egpj.exe')).toBe('invoice-⟨U+202E⟩gpj.exe');
  });

  it.each([
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['PDF', '\u202C'],
    ['LRO', '\u202D'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
    ['zero-width space', '\u200B'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['tag letter (ASCII smuggling)', '\u{E0041}'],
    ['Hangul filler', '\u3164'],
  ])('marks %s', (_name, char) => {
    const shown = revealInvisible(`a${char}b`);
    expect(shown).toMatch(/^a⟨U\+[0-9A-F]{4,5}⟩b$/);
    expect(hasInvisible(`a${char}b`)).toBe(true);
  });

  it('leaves joiners that emoji and scripts need, and ordinary text, alone', () => {
    const family = '👩\u200D👩\u200D👧';
    const persian = 'می\u200Cخواهم';
    expect(revealInvisible(family)).toBe(family);
    expect(revealInvisible(persian)).toBe(persian);
    expect(revealInvisible('Refund für Zoë — שלום')).toBe('Refund für Zoë — שלום');
    expect(hasInvisible('plain')).toBe(false);
  });
});

describe('closeBidi', () => {
  it('closes an override left open at the end of its line', () => {
    expect(closeBidi('refund \u202Eplease')).toBe('refund \u202Eplease\u202C');
  });

  it('closes nested embeddings and isolates innermost first', () => {
    expect(closeBidi('\u2067a\u202Bb')).toBe('\u2067a\u202Bb\u202C\u2069');
  });

  it('leaves balanced text and other lines as they are', () => {
    expect(closeBidi('\u202Eab\u202C\nplain')).toBe('\u202Eab\u202C\nplain');
    expect(closeBidi('\u2068a\u202Eb\u2069')).toBe('\u2068a\u202Eb\u2069');
  });
});
