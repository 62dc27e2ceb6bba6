import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { ThreadRoute } from './routes/thread-route';

/**
 * Pages other than the thread load on demand: a cold deep link to a thread, the common way in,
 * downloads only what the thread page needs. `preloadRoute` starts a download on intent (hover,
 * focus), so the switch itself is instant.
 */
const pages = {
  home: lazyWithRetry(
    () => import('./routes/home-route'),
    (module) => module.HomeRoute,
  ),
  threads: lazyWithRetry(
    () => import('./routes/thread-list-route'),
    (module) => module.ThreadListRoute,
  ),
  triage: lazyWithRetry(
    () => import('./routes/triage-route'),
    (module) => module.TriageRoute,
  ),
  dashboard: lazyWithRetry(
    () => import('./routes/dashboard-route'),
    (module) => module.DashboardRoute,
  ),
  notFound: lazyWithRetry(
    () => import('./routes/not-found-route'),
    (module) => module.NotFoundRoute,
  ),
};

/** Starts a page's download; settles when it can render at once (never rejects). */
export function preloadRoute(name: keyof typeof pages): Promise<void> {
  return pages[name].preload();
}

const {
  home: HomeRoute,
  threads: ThreadListRoute,
  triage: TriageRoute,
  dashboard: DashboardRoute,
  notFound: NotFoundRoute,
} = pages;

export function AppRoutes() {
  const [location] = useLocation();
  return (
    <ChunkErrorBoundary resetKeys={[location]}>
      <Suspense fallback={<ListSkeleton label="Loading the page…" rows={3} rowClassName="h-16" />}>
        <Switch>
          <Route path="/" component={HomeRoute} />
          <Route path="/threads" component={ThreadListRoute} />
          <Route path="/threads/:threadId" component={ThreadRoute} />
          <Route path="/triage" component={TriageRoute} />
          <Route path="/dashboard" component={DashboardRoute} />
          <Route component={NotFoundRoute} />
        </Switch>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
