import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '../api/health-queries';

/** Says plainly when nothing shown is real customer data. */
export function DemoBanner() {
  const { data } = useQuery(healthQueries.health());
  if (data?.mode !== 'demo') return null;
  return (
    <section
      aria-label="Demo data"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <p className="mx-auto max-w-(--page-max,64rem) px-4 py-2 text-sm">
        <strong className="font-semibold">Demo data</strong> — no OpenAI API key is configured, so
        Threadline shows built-in sample threads. Set <code>OPENAI_API_KEY</code> to review real
        conversations.
      </p>
    </section>
  );
}
