import { Link } from 'wouter';
import { ErrorPanel } from '@/client/components/feedback/error-panel';
import { secondaryButton } from '@/client/components/ui/button-styles';

/** Last line of defence for a render bug outside a transcript item: never a blank page. */
export function RouteErrorPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <ErrorPanel
        title="Threadline hit an unexpected problem"
        actions={
          <>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => window.location.reload()}
            >
              Reload the page
            </button>
            <Link to="/" className={secondaryButton}>
              Go to the home page
            </Link>
          </>
        }
      >
        This page could not be displayed. Reloading usually helps; if it keeps happening, report the
        page's address to the Threadline maintainers.
      </ErrorPanel>
    </main>
  );
}
