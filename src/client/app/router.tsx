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
const loaders = {
  home: () => import('./routes/home-route'),
  threads: () => import('./routes/thread-list-route'),
  triage: () => import('./routes/triage-route'),
  dashboard: () => import('./routes/dashboard-route'),
  notFound: () => import('./routes/not-found-route'),
};

export function preloadRoute(name: keyof typeof loaders): void {
  // A preload that fails is tried again, and reported, when the page is opened.
  loaders[name]().catch(() => undefined);
}

const HomeRoute = lazyWithRetry(loaders.home, (module) => module.HomeRoute);
const ThreadListRoute = lazyWithRetry(loaders.threads, (module) => module.ThreadListRoute);
const TriageRoute = lazyWithRetry(loaders.triage, (module) => module.TriageRoute);
const DashboardRoute = lazyWithRetry(loaders.dashboard, (module) => module.DashboardRoute);
const NotFoundRoute = lazyWithRetry(loaders.notFound, (module) => module.NotFoundRoute);

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
