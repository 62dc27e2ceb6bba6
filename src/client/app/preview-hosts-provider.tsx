import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { healthQueries } from '@/client/features/health/api/health-queries';
import { PreviewHostsContext } from '@/client/lib/preview-hosts';

const NONE: readonly string[] = [];

/** Hands every attachment card the server's approved preview hosts (none until it answers). */
export function PreviewHostsProvider({ children }: { children: ReactNode }) {
  const hosts = useQuery({
    ...healthQueries.health(),
    select: (health) => health.previewHosts,
  });
  return <PreviewHostsContext value={hosts.data ?? NONE}>{children}</PreviewHostsContext>;
}
