// Pretty-printing megabytes of tool output would freeze the tab for little benefit.
const MAX_PRETTY_CHARS = 1_000_000;

export interface PrettyJson {
  pretty: string;
  isJson: boolean;
}

function isJsonWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

/**
 * Re-indents already-validated JSON token by token instead of `JSON.stringify(JSON.parse())`:
 * a round trip would round integers above 2^53 (order and account IDs) and drop duplicate keys,
 * so the agent would read values the tool never produced.
 */
function reindent(text: string): string {
  let out = '';
  let depth = 0;
  const newline = () => `\n${'  '.repeat(depth)}`;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (ch === '{' || ch === '[') {
      let next = i + 1;
      while (next < text.length && isJsonWhitespace(text.charAt(next))) next++;
      if (text.charAt(next) === (ch === '{' ? '}' : ']')) {
        out += ch + text.charAt(next);
        i = next;
      } else {
        depth++;
        out += ch + newline();
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
      out += newline() + ch;
    } else if (ch === ',') out += `,${newline()}`;
    else if (ch === ':') out += ': ';
    else if (!isJsonWhitespace(ch)) out += ch;
  }
  return out;
}

/** Index of the closing quote of the string literal that opens at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '"') return i;
  }
  return text.length - 1;
}

/** Pretty-printed JSON when `text` is valid JSON, otherwise the raw text unchanged. */
export function prettyJson(text: string): PrettyJson {
  if (text.trim() === '' || text.length > MAX_PRETTY_CHARS) return { pretty: text, isJson: false };
  try {
    JSON.parse(text);
  } catch {
    return { pretty: text, isJson: false };
  }
  return { pretty: reindent(text), isJson: true };
}

/** JSON for display that never throws (cycles, BigInt) and never returns undefined. */
export function safeStringify(value: unknown): string {
  try {
    const json = JSON.stringify(
      value,
      (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner),
      2,
    ) as string | undefined;
    return json ?? String(value);
  } catch {
    return '[value cannot be shown as JSON]';
  }
}
