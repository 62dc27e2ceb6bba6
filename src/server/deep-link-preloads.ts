import { indexThreadsPath, newestItemsPath, threadPath } from '@/shared/api-paths';
import { indexListQuery, readListParams } from '@/shared/list-params';
import { isThreadId } from '@/shared/thread-id';

/**
 * A deep link's index.html asks for the thread and its newest page itself (a list's, for the
 * index's first page of it), with the scripts,
 * instead of after them: on a phone's slow network the scripts take most of a second to arrive,
 * and the requests the client's prefetch makes (the same URLs, so the browser hands it these
 * answers) no longer wait for them. Every opening of a thread page needs both. Only a valid
 * thread ID is written into the page; anything else gets the page unchanged.
 */
export function withDeepLinkPreloads(
  html: string,
  path: string,
  search: string,
  options: { indexOn: boolean },
): string {
  const hrefs = preloadsFor(path, search, options.indexOn);
  if (hrefs.length === 0) return html;
  // Our own path builders only (every value percent-encoded): the only character left to
  // escape in an attribute is the query's `&`.
  const links = hrefs
    .map((href) => href.replaceAll('&', '&amp;'))
    .map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}

function preloadsFor(path: string, search: string, indexOn: boolean): string[] {
  // The thread list and the queue: the first page of the index the list will ask for, same URL.
  // None for a list that needs the agent's name ("mine"): only the browser learns it.
  if (path === '/threads') {
    const query = indexOn ? indexListQuery(readListParams(new URLSearchParams(search))) : null;
    return query ? [indexThreadsPath(query)] : [];
  }
  const threadId = threadIdOfPath(path);
  return threadId === null ? [] : [threadPath(threadId), newestItemsPath(threadId)];
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
