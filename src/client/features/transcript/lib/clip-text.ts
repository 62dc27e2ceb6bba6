// Long content is cut only when clearly longer than what is kept, so "Show more" never reveals
// a handful of characters.
export const CLIP_THRESHOLD_CHARS = 1500;
export const CLIP_KEEP_CHARS = 1000;
export const CLIP_THRESHOLD_LINES = 30;
export const CLIP_KEEP_LINES = 20;

export interface ClippedText {
  visible: string;
  clipped: boolean;
}

/** Index just past the `count`-th line break, or -1 when the text has fewer lines. */
function endOfLine(text: string, count: number): number {
  let index = -1;
  for (let line = 0; line < count; line++) {
    index = text.indexOf('\n', index + 1);
    if (index === -1) return -1;
  }
  return index;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The leading part of `text` to show while collapsed, cut at a word boundary when one is near. */
export function clipText(text: string): ClippedText {
  const tooLong = text.length > CLIP_THRESHOLD_CHARS;
  const tooTall = endOfLine(text, CLIP_THRESHOLD_LINES) !== -1;
  if (!tooLong && !tooTall) return { visible: text, clipped: false };

  const lineCut = endOfLine(text, CLIP_KEEP_LINES);
  let cut = lineCut === -1 ? CLIP_KEEP_CHARS : Math.min(lineCut, CLIP_KEEP_CHARS);
  const space = text.lastIndexOf(' ', cut);
  if (lineCut !== cut && space > cut * 0.8) cut = space;
  // Never split an emoji or other astral character in half.
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return { visible: text.slice(0, cut).trimEnd(), clipped: true };
}
