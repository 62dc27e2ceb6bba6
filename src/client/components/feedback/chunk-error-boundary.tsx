import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ChunkLoadError } from '@/client/lib/lazy-with-retry';
import { AppUpdatedNotice } from './app-updated-notice';

interface ChunkErrorBoundaryProps {
  children: ReactNode;
  /** Values that, when they change, try the children again (the page's address). */
  resetKeys?: unknown[];
}

/**
 * Where lazily loaded code renders: a chunk that could not be downloaded shows "Threadline was
 * updated — reload" in its place. Any other error is a bug and goes on to the boundary above.
 */
export function ChunkErrorBoundary({ children, resetKeys }: ChunkErrorBoundaryProps) {
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      fallbackRender={({ error }) => {
        if (!(error instanceof ChunkLoadError)) throw error;
        return <AppUpdatedNotice />;
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
