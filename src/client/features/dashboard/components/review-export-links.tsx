import { secondaryButton } from '@/client/components/ui/button-styles';
import { reviewsExportPath } from '@/shared/api-paths';

/**
 * Every review as a file, for the team lead's spreadsheet or a BI tool: thread title, status,
 * user, outcome, note, flags, who and when. The server streams it as a download.
 */
export function ReviewExportLinks() {
  return (
    <section
      aria-labelledby="review-export-heading"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800"
    >
      <h2
        id="review-export-heading"
        className="text-sm font-semibold text-slate-800 dark:text-slate-200"
      >
        Export every review
      </h2>
      <a href={reviewsExportPath('csv')} download className={secondaryButton}>
        Download CSV
      </a>
      <a href={reviewsExportPath('json')} download className={secondaryButton}>
        Download JSON
      </a>
    </section>
  );
}
