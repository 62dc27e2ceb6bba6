// The handoff summary is pasted into tickets and chats that show text as typed: Markdown markup
// would arrive as literal asterisks and brackets. This keeps the words and the link targets.

// Escaped markup characters stand in as private-use characters until the end, so "\*" stays a
// literal asterisk instead of opening emphasis.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!~|<>])/g;
const PLACEHOLDER_BASE = 0xe000;
const ESCAPABLE = '\\`*_{}[]()#+-.!~|<>';

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
const LINK = /\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EMPHASIS_STAR = /(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;

function withTarget(text: string, url: string): string {
  if (url === '') return text;
  return text === '' || text === url ? url : `${text} (${url})`;
}

function inlinePlain(text: string): string {
  return text
    .replace(IMAGE, (_, alt: string, url: string) => withTarget(alt, url))
    .replace(LINK, (_, label: string, url: string) => withTarget(label, url))
    .replace(AUTOLINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1')
    .replace(STRIKE, '$1');
}

/** Inline markup gone from the text between code spans; code spans keep their content only. */
function plainSpans(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    out += inlinePlain(line.slice(last, match.index)) + (match[2] ?? '').trim();
    last = match.index + match[0].length;
  }
  return out + inlinePlain(line.slice(last));
}

function plainLine(line: string): string {
  if (/^ {0,3}([-*_])(?: *\1){2,} *$/.test(line)) return '';
  const block = line
    .replace(/^ {0,3}#{1,6}(?: +|$)/, '')
    .replace(/^ {0,3}(?:> ?)+/, '')
    .replace(/^(\s*)[-*+] +\[([ xX])\] +/, (_, indent: string, mark: string) =>
      mark === ' ' ? `${indent}☐ ` : `${indent}☑ `,
    )
    .replace(/^(\s*)[-*+] +/, '$1• ');
  // A closing run of #s belongs to an ATX heading, not to the text.
  const heading = /^ {0,3}#{1,6}(?: |$)/.test(line);
  return plainSpans(heading ? block.replace(/ +#+ *$/, '') : block);
}

/**
 * Markdown as plain text: emphasis, headings, quotes and code fences lose their markup, list
 * bullets become "•", links read "text (url)". Fenced code keeps its lines as written.
 */
export function markdownToPlain(markdown: string): string {
  // Text that already holds those characters keeps its backslashes rather than be misread.
  const placeholders = !/[\uE000-\uE0FF]/.test(markdown);
  const escaped = placeholders
    ? markdown.replace(ESCAPE, (_, char: string) =>
        String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(char)),
      )
    : markdown;
  // Code keeps its backslashes: the original lines, not the escaped ones, are kept for fences.
  const original = markdown.split('\n');
  const lines: string[] = [];
  let fence: string | null = null;
  for (const [index, line] of escaped.split('\n').entries()) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    lines.push(fence === null ? plainLine(line) : (original[index] ?? line));
  }
  const plain = lines.join('\n');
  return (
    placeholders
      ? plain.replace(
          /[\uE000-\uE0FF]/g,
          (char) => ESCAPABLE[char.charCodeAt(0) - PLACEHOLDER_BASE] ?? char,
        )
      : plain
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
