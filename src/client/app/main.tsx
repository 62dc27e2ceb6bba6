import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { describeTime } from '@/client/entities/thread/model/format-time';
import { healthQueries } from '@/client/features/health/api/health-queries';
import { prefetchThreadAt } from './prefetch-thread';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { preloadRoute } from './router';
import '@/client/styles/index.css';

/** The longest the first render waits for the server's mode and a deep link's thread. */
const FIRST_RENDER_WAIT_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render knows the mode, so the demo banner is there from the start instead of
// arriving later and pushing the whole page down (a layout shift of about 0.09 on every page).
// index.html preloads /api/health alongside this script, so the wait is usually none.
// A deep link's first render also waits for its thread and newest page (a list's, for its code
// and first page of the index): one render, one
// layout and one paint of the whole first screen instead of a skeleton, then a header, then the
// transcript (each a long task on a phone), and no store update interrupting the sliced render
// below (which would finish it in one blocking piece). Slow answers are not waited for: after
// FIRST_RENDER_WAIT_MS the page renders what it has and shows the rest when it comes.
const queryClient = createQueryClient();
const threadPrefetched = prefetchThreadAt(queryClient, window.location);
// Only a list page loads the list's prefetch (its page's code starts downloading beside it): a
// deep link to a thread downloads none of it.
const listPrefetched =
  window.location.pathname === '/threads'
    ? Promise.all([
        preloadRoute('threads'),
        import('./prefetch-list').then((module) =>
          module.prefetchListAt(queryClient, window.location),
        ),
      ]).catch(() => undefined)
    : Promise.resolve();
const modeKnown = queryClient.query(healthQueries.health()).catch(() => undefined);
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));

// The first Intl formatters of a page cost 30–60 ms to build (the locale's data loads then);
// built in a task of their own while the requests above are in flight, they do not lengthen
// the render that shows the thread.
setTimeout(() => describeTime(Date.now() / 1000), 0);

void Promise.race([Promise.all([modeKnown, threadPrefetched, listPrefetched]), waited]).then(() => {
  // A transition: React renders the first page in slices and yields in between, so a phone's
  // main thread is never blocked for the whole first render.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <Providers queryClient={queryClient} />
      </StrictMode>,
    );
  });
});
