import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '@/client/features/health/api/health-queries';
import { RecentThreads } from '@/client/features/recent/components/recent-threads';
import { SampleThreadList } from '@/client/features/samples/components/sample-thread-list';
import { ThreadLookupForm } from '@/client/features/lookup/components/thread-lookup-form';

export function HomeRoute() {
  const mode = useQuery({ ...healthQueries.health(), select: (health) => health.mode });
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="lookup-heading" className="flex flex-col gap-3">
        <h1 id="lookup-heading" className="text-2xl font-semibold">
          Review a ChatKit thread
        </h1>
        <p className="text-slate-700 dark:text-slate-300">
          Paste a thread ID, a Threadline link or any text that contains a{' '}
          <code className="font-mono">cthr_…</code> ID. Several IDs, or a ticket that mentions them,
          open a triage board.
        </p>
        <ThreadLookupForm />
      </section>
      <RecentThreads />
      {mode.data === 'demo' && <SampleThreadList />}
    </div>
  );
}
