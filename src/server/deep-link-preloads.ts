import { newestItemsPath, threadPath } from '@/shared/api-paths';
import { isThreadId } from '@/shared/thread-id';

/**
 * A deep link's index.html asks for the thread and its newest page itself, with the scripts,
 * instead of after them: on a phone's slow network the scripts take most of a second to arrive,
 * and the requests the client's prefetch makes (the same URLs, so the browser hands it these
 * answers) no longer wait for them. Every opening of a thread page needs both. Only a valid
 * thread ID is written into the page; anything else gets the page unchanged.
 */
export function withDeepLinkPreloads(html: string, path: string): string {
  const threadId = threadIdOfPath(path);
  if (threadId === null) return html;
  // A valid ID and our own path builders: the only character to escape is the query's `&`.
  const links = [threadPath(threadId), newestItemsPath(threadId)]
    .map((href) => href.replaceAll('&', '&amp;'))
    .map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}

function threadIdOfPath(path: string): string | null {
  const match = /^\/threads\/([^/]+)$/.exec(path);
  if (!match?.[1]) return null;
  try {
    const id = decodeURIComponent(match[1]);
    return isThreadId(id) ? id : null;
  } catch {
    return null;
  }
}
