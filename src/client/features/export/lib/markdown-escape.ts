import { closeBidi, revealInvisible } from '@/client/lib/invisible-characters';

// Exported Markdown is pasted into tickets, wikis and chat tools that render it. Thread content
// is hostile, so whatever it holds must come out as text there, never as live HTML.

const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * One line of untrusted text for a heading or a list field: line breaks collapse to spaces and
 * characters that could start markup (emphasis, links, code, HTML, tables) are escaped. `_` is
 * left alone: IDs and tool names are full of it, and inside words it never means emphasis.
 * Invisible and bidi controls are shown as markers, as on the page: these are names.
 */
export function inlineMarkdown(text: string): string {
  return revealInvisible(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]|~>#]/g, '\\$&')
    .replace(/</g, '&lt;');
}

// Inline links and reference definitions whose destination is not plainly http(s) or mailto
// (javascript:, entity-encoded schemes, relative paths) lose their link syntax.
const UNSAFE_INLINE_LINK = /\]\((?!\s*<?(?:https?|mailto):)/gi;
const UNSAFE_DEFINITION = /^( {0,3})\[(?=[^\]]*\]:\s*(?!<?(?:https?|mailto):))/i;

/** No raw HTML or autolinks (`<` becomes an entity), no remote images, no unsafe links. */
function neutraliseLine(line: string): string {
  return line
    .replace(UNSAFE_INLINE_LINK, ']\\(')
    .replace(UNSAFE_DEFINITION, '$1\\[')
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[');
}

/** The fence a line opens or closes, if it is one: ``` or ~~~ runs after up to three spaces. */
function fenceOf(line: string): string | undefined {
  const run = OPENING_FENCE.exec(line)?.[1];
  // A backtick fence's info string may not contain backticks: "```a` b```" is inline code.
  if (run?.startsWith('`') && line.slice(line.indexOf(run) + run.length).includes('`')) {
    return undefined;
  }
  return run;
}

/**
 * A Markdown body (a message) kept readable as Markdown but made inert. `<` is neutralised on
 * every line, code included: lists and quotes can end a fence early, so "inside a fence" cannot
 * be trusted to mean literal, and `&lt;` in code is a small price. A fence the content leaves
 * open is closed, so it cannot swallow the rest of the export.
 */
export function markdownBlock(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let open: string | null = null;
  for (const line of lines) {
    const fence = fenceOf(line);
    if (fence === undefined) continue;
    if (open === null) open = fence;
    else if (
      fence.charAt(0) === open.charAt(0) &&
      fence.length >= open.length &&
      line.trim() === fence
    ) {
      open = null;
    }
  }
  const body = lines.map(neutraliseLine);
  if (open !== null) body.push(open);
  // Direction controls keep working inside the message but cannot run past its lines.
  return closeBidi(body.join('\n').trim());
}

/** Code in a fence longer than any backtick run inside it, so the content cannot close it. */
export function fencedBlock(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${closeBidi(text)}\n${fence}`;
}

/** A link only for http(s)/mailto destinations already checked by safeHref; parentheses encoded. */
export function markdownLink(label: string, href: string): string {
  const destination = href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return `[${inlineMarkdown(label)}](${destination})`;
}
