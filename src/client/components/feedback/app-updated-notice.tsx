import { secondaryButton } from '@/client/components/ui/button-styles';
import { ErrorPanel } from './error-panel';

/** Shown where code that could not be downloaded was needed (see ChunkLoadError). */
export function AppUpdatedNotice() {
  return (
    <ErrorPanel
      title="Threadline was updated — reload"
      actions={
        <button type="button" className={secondaryButton} onClick={() => window.location.reload()}>
          Reload
        </button>
      }
    >
      Part of this page could not be downloaded, most likely because a new version of Threadline was
      released after you opened it. Reload to get it: you come back to this same page.
    </ErrorPanel>
  );
}
