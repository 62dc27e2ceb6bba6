import { useQuery } from '@tanstack/react-query';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { cn } from '@/client/lib/cn';
import { healthQueries } from '../api/health-queries';

/**
 * A plain form post, not fetch(): the session cookie is HttpOnly, so only the server can clear
 * it, and the browser then follows the redirect to the sign-in page by itself.
 */
export function SignOutForm() {
  const auth = useQuery({ ...healthQueries.health(), select: (health) => health.auth });
  if (auth.data !== 'token') return null;
  return (
    <form method="post" action="/sign-out">
      <button type="submit" className={cn(secondaryButton, 'whitespace-nowrap')}>
        Sign out
      </button>
    </form>
  );
}
