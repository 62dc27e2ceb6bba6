import { Link, useLocation, useSearch } from 'wouter';
import { cn } from '@/client/lib/cn';
import { preloadRoute } from './router';

const links = [
  {
    to: '/threads',
    label: 'All threads',
    route: 'threads',
    matches: (path: string, status: string | null) => path === '/threads' && status !== 'locked',
  },
  {
    to: '/threads?status=locked',
    label: 'Escalation queue',
    route: 'threads',
    matches: (path: string, status: string | null) => path === '/threads' && status === 'locked',
  },
  {
    to: '/dashboard',
    label: 'Dashboard',
    route: 'dashboard',
    matches: (path: string) => path === '/dashboard',
  },
] as const;

/** The header's places. The queue is a filtered list, so the query string decides which is current. */
export function AppNav() {
  const [pathname] = useLocation();
  const search = useSearch();
  const status = new URLSearchParams(search).get('status');
  return (
    <nav aria-label="Main">
      <ul className="flex items-center gap-1 text-sm">
        {links.map((link) => {
          const current = link.matches(pathname, status);
          return (
            <li key={link.to}>
              <Link
                to={link.to}
                onPointerEnter={() => void preloadRoute(link.route)}
                onFocus={() => void preloadRoute(link.route)}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'rounded-md px-2 py-1 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
                  current && 'bg-slate-100 text-slate-950 dark:bg-slate-800 dark:text-slate-50',
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
