// markdown-to-jsx drops HTML comments (even with raw HTML off), leading YAML front matter and a
// `[label]: url` anywhere in a line, and reads `[x]` as a task box even in `[x](url)`. A message
// must not hide text from the agent reading it, nor matches from find: a private-use character
// breaks those patterns, and everything we render drops it again.
const GUARD = '\uE000';
const GUARDS = /\uE000/g;
const COMMENT_OPEN = /<!--/g;
const MID_LINE_DEFINITION = /(?<!^ {0,3}\[[^\]\n]*)\]:(?=\s)/gm;
const TASK_BOX = /\[([xX ])\]/g;
const LINK_OPEN = /\]\(/g;

export function guard(text: string): string {
  // A `](` after the last `)` can never become a link, but each one makes the link and image
  // patterns scan to the end of the text: thousands of them froze the tab for minutes.
  const lastClose = text.lastIndexOf(')') + 1;
  const guarded = (
    text.slice(0, lastClose) + text.slice(lastClose).replace(LINK_OPEN, `]${GUARD}(`)
  )
    .replace(COMMENT_OPEN, `<${GUARD}!--`)
    .replace(MID_LINE_DEFINITION, `]${GUARD}:`)
    .replace(TASK_BOX, `[$1${GUARD}]`);
  // Front matter is only recognised at the very start.
  return `\n${guarded}`;
}

export const unguard = (text: string) => text.replace(GUARDS, '');
