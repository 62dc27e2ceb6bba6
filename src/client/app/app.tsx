import { Suspense, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { cn } from '@/client/lib/cn';
import { DemoBanner } from '@/client/features/health/components/demo-banner';
import { SignOutForm } from '@/client/features/health/components/sign-out-form';
import { CompactLookupForm } from '@/client/features/lookup/components/compact-lookup-form';
import { ShortcutAnnouncer } from '@/client/features/shortcuts/components/shortcut-announcer';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { useIdBoxShortcut } from '@/client/features/shortcuts/hooks/use-id-box-shortcut';
import { AppNav } from './app-nav';
import { AppRoutes } from './router';
import { useRouteFocus } from './use-route-focus';
import { useScrollRestoration } from './use-scroll-restoration';

const IdBox = lazyWithRetry(
  () => import('@/client/features/lookup/components/id-box'),
  (module) => module.IdBox,
);

export function App() {
  // Home has the big paste box; every other page keeps a small one in the header.
  const [pathname] = useLocation();
  const onHome = pathname === '/';
  // The thread page has a transcript column and a facts rail beside it, and the lists show the
  // selected thread beside them on wide screens: they get the room. The header, the mode banner
  // and the page share the width through --page-max.
  const pageMax = pathname.startsWith('/threads/')
    ? '[--page-max:80rem]'
    : pathname === '/threads' || pathname === '/triage'
      ? '[--page-max:100rem]'
      : '[--page-max:64rem]';
  useScrollRestoration();
  useRouteFocus('#main');
  const [idBoxOpen, setIdBoxOpen] = useState(false);
  // Its code loads the first time it is asked for, not with every page.
  const [idBoxWanted, setIdBoxWanted] = useState(false);
  useIdBoxShortcut(() => {
    setIdBoxWanted(true);
    setIdBoxOpen(true);
  });
  return (
    <div className={cn('flex min-h-dvh flex-col', pageMax)}>
      <a
        href="#main"
        className="sr-only rounded bg-sky-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-(--page-max) flex-wrap items-center gap-3 px-4 py-3">
          <Link
            to="/"
            className="flex items-center gap-2 rounded font-semibold text-slate-900 dark:text-slate-50"
          >
            <img src="/favicon.svg" alt="" className="size-6" />
            Threadline
          </Link>
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">
            ChatKit thread review
          </span>
          <AppNav />
          <div className="ml-auto flex items-center gap-3">
            {!onHome && <CompactLookupForm />}
            <SignOutForm />
          </div>
        </div>
      </header>
      <DemoBanner />
      <main id="main" className="mx-auto w-full max-w-(--page-max) min-w-0 flex-1 px-4 py-6">
        <AppRoutes />
      </main>
      {idBoxWanted && (
        <ChunkErrorBoundary>
          <Suspense fallback={null}>
            <IdBox open={idBoxOpen} onClose={() => setIdBoxOpen(false)} />
          </Suspense>
        </ChunkErrorBoundary>
      )}
      <ShortcutAnnouncer />
    </div>
  );
}
