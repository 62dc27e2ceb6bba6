import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'wouter';
import { App } from './app';
import { PreviewHostsProvider } from './preview-hosts-provider';
import { createQueryClient } from './query-client';
import { RouteErrorPage } from './routes/route-error-page';

export function Providers() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PreviewHostsProvider>
        <AppErrorBoundary />
      </PreviewHostsProvider>
    </QueryClientProvider>
  );
}

/** Last line of defence for a render bug outside a transcript item; leaving the page clears it. */
function AppErrorBoundary() {
  const [pathname] = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorPage} resetKeys={[pathname]}>
      <App />
    </ErrorBoundary>
  );
}
