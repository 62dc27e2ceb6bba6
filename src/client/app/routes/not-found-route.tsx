import { Link, useLocation } from 'wouter';
import { secondaryButton } from '@/client/components/ui/button-styles';

export function NotFoundRoute() {
  const [pathname] = useLocation();
  return (
    <section className="flex flex-col items-start gap-3 py-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="[overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
        Nothing lives at <code className="font-mono">{pathname}</code>. Thread links look like{' '}
        <code className="font-mono">/threads/cthr_…</code>.
      </p>
      <Link to="/" className={secondaryButton}>
        Go to the home page
      </Link>
    </section>
  );
}
