import { createContext } from 'react';

/**
 * The hosts whose attachment previews load at once (THREADLINE_PREVIEW_HOSTS, from
 * /api/health). Empty until the server has said, which errs on the side of loading nothing.
 */
export const PreviewHostsContext = createContext<readonly string[]>([]);
