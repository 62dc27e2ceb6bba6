import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { healthQueries } from '@/client/features/health/api/health-queries';
import { prefetchThreadAt } from './prefetch-thread';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import '@/client/styles/index.css';

/** The longest the first render waits for the server's mode. */
const MODE_WAIT_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render knows the mode, so the demo banner is there from the start instead of
// arriving later and pushing the whole page down (a layout shift of about 0.09 on every page).
// index.html preloads /api/health alongside this script, so the wait is usually none; a slow
// answer is not waited for, and the banner then appears when it comes, as before.
const queryClient = createQueryClient();
prefetchThreadAt(queryClient, window.location);
const modeKnown = queryClient.query(healthQueries.health()).catch(() => undefined);
const waited = new Promise((resolve) => setTimeout(resolve, MODE_WAIT_MS));

void Promise.race([modeKnown, waited]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient} />
    </StrictMode>,
  );
});
