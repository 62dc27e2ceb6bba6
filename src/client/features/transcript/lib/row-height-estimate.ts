import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { clipText } from './clip-text';

// A card's frame (role and time line, padding, border) and its body text's line height, as the
// item cards draw them; a body character's average advance at the body size.
const CARD_PX = 72;
const LINE_PX = 24;
const CHAR_PX = 7.5;
/** The card's horizontal padding and the list's indent for the other side's messages. */
const INSET_PX = 80;
/** "Show more" under clipped text, and one attachment's line. */
const SHOW_MORE_PX = 36;
const ATTACHMENT_PX = 40;
/** Tool calls, tasks, task groups and widgets are shown collapsed or compact. */
const COMPACT_PX = 110;

/** Lines `text` wraps to in a column of `chars` characters, as far as shown before "Show more". */
function wrappedLines(text: string, chars: number): { lines: number; clipped: boolean } {
  const clip = clipText(text);
  let lines = 0;
  for (const paragraph of clip.visible.split('\n')) {
    lines += Math.max(1, Math.ceil(paragraph.length / chars));
  }
  return { lines, clipped: clip.clipped };
}

/**
 * A row's likely height in pixels in a list `width` pixels wide, from its text. The virtual list
 * places rows by these until it has measured them: the closer the guess, the fewer rows move
 * (and are rendered again) once measured, which on a phone is most of a long thread's first
 * screen's work.
 */
export function estimateRowHeight(entry: TranscriptItem, width: number): number {
  if (entry.kind !== 'item') return COMPACT_PX;
  const { item } = entry;
  if (item.type !== 'chatkit.user_message' && item.type !== 'chatkit.assistant_message')
    return COMPACT_PX;
  const chars = Math.max(20, Math.floor((width - INSET_PX) / CHAR_PX));
  let height = CARD_PX;
  for (const part of item.content) {
    const { lines, clipped } = wrappedLines(part.text, chars);
    height += lines * LINE_PX + (clipped ? SHOW_MORE_PX : 0);
  }
  if (item.type === 'chatkit.user_message') height += item.attachments.length * ATTACHMENT_PX;
  return height;
}
