import { safeHref } from '@/client/lib/safe-href';
import { revealInvisible } from '@/client/lib/invisible-characters';

// http(s) URLs up to whitespace; trailing punctuation is the sentence's, not the link's.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'"]/g;

/**
 * A review note as text: line breaks kept, http(s) links clickable (only those safeHref
 * accepts, opened without our referrer), everything else inert. Invisible and direction
 * characters are shown, not obeyed, as in thread content.
 */
export function NoteText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = match[0];
    const href = safeHref(url);
    if (href === undefined) continue;
    if (start > last) parts.push(revealInvisible(text.slice(last, start)));
    parts.push(
      <a
        key={start}
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="[overflow-wrap:anywhere] text-sky-700 underline underline-offset-2 dark:text-sky-300"
      >
        {revealInvisible(url)}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(revealInvisible(text.slice(last)));
  return <span className="[overflow-wrap:anywhere] whitespace-pre-wrap">{parts}</span>;
}
