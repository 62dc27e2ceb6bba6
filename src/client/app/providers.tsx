import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'wouter';
import { App } from './app';
import { PreviewHostsProvider } from './preview-hosts-provider';
import { RouteErrorPage } from './routes/route-error-page';

/** `queryClient` comes from main.tsx, which fills it with the server's mode before rendering. */
export function Providers({ queryClient }: { queryClient: QueryClient }) {
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
