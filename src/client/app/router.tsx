import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ListSkeleton } from '@/client/components/ui/skeleton';
import { ThreadRoute } from './routes/thread-route';

/**
 * Pages other than the thread load on demand: a cold deep link to a thread, the common way in,
 * downloads only what the thread page needs. `preloadRoute` starts a download on intent (hover,
 * focus), so the switch itself is instant.
 */
const loaders = {
  home: () => import('./routes/home-route').then((m) => ({ default: m.HomeRoute })),
  threads: () => import('./routes/thread-list-route').then((m) => ({ default: m.ThreadListRoute })),
  triage: () => import('./routes/triage-route').then((m) => ({ default: m.TriageRoute })),
  notFound: () => import('./routes/not-found-route').then((m) => ({ default: m.NotFoundRoute })),
};

export function preloadRoute(name: keyof typeof loaders): void {
  void loaders[name]();
}

const HomeRoute = lazy(loaders.home);
const ThreadListRoute = lazy(loaders.threads);
const TriageRoute = lazy(loaders.triage);
const NotFoundRoute = lazy(loaders.notFound);

export function AppRoutes() {
  return (
    <Suspense fallback={<ListSkeleton label="Loading the page…" rows={3} rowClassName="h-16" />}>
      <Switch>
        <Route path="/" component={HomeRoute} />
        <Route path="/threads" component={ThreadListRoute} />
        <Route path="/threads/:threadId" component={ThreadRoute} />
        <Route path="/triage" component={TriageRoute} />
        <Route component={NotFoundRoute} />
      </Switch>
    </Suspense>
  );
}
