/**
 * Characters that change how text around them looks without being seen themselves: bidirectional
 * controls (a file named `invoice-\u202Egpj.exe` displays as "invoice-exe.jpg") and the other
 * invisible format characters (zero-width spaces, word joiners, tag characters that can smuggle
 * ASCII, soft hyphens), plus the Hangul fillers that render as blank "letters".
 * Zero-width joiner and non-joiner (U+200C, U+200D) are left alone: emoji sequences and several
 * scripts need them, and they cannot reorder or hide text.
 */
const INVISIBLE = /(?![\u200c\u200d])[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

const BIDI_OPENERS: Readonly<Record<string, 'embedding' | 'isolate'>> = {
  '\u202a': 'embedding', // LRE
  '\u202b': 'embedding', // RLE
  '\u202d': 'embedding', // LRO
  '\u202e': 'embedding', // RLO
  '\u2066': 'isolate', // LRI
  '\u2067': 'isolate', // RLI
  '\u2068': 'isolate', // FSI
};
const POP_DIRECTIONAL_FORMATTING = '\u202c';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

function marker(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * A name (title, user, file or tool name, ID) with every invisible or bidirectional control
 * shown as a visible marker such as ⟨U+202E⟩, so what the agent reads is what the bytes say.
 */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, marker);
}

/** True when `revealInvisible` would change the text. */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source, 'u').test(text);
}

/** The closers one line leaves owing, innermost first. */
function owedClosers(line: string): string {
  const open: ('embedding' | 'isolate')[] = [];
  for (const char of line) {
    const opener = BIDI_OPENERS[char];
    if (opener) open.push(opener);
    else if (char === POP_DIRECTIONAL_FORMATTING && open.at(-1) === 'embedding') open.pop();
    else if (char === POP_DIRECTIONAL_ISOLATE && open.includes('isolate')) {
      // A PDI closes its isolate and every embedding opened inside it.
      open.splice(open.lastIndexOf('isolate'));
    }
  }
  return open
    .reverse()
    .map((kind) => (kind === 'isolate' ? POP_DIRECTIONAL_ISOLATE : POP_DIRECTIONAL_FORMATTING))
    .join('');
}

/**
 * Message text for plain-text exports: its direction controls keep working, but every
 * embedding, override or isolate a line leaves open is closed at the end of that line, so an
 * override cannot run into whatever follows the message.
 */
export function closeBidi(text: string): string {
  return text
    .split('\n')
    .map((line) => line + owedClosers(line))
    .join('\n');
}
