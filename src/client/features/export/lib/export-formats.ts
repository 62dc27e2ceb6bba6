/**
 * Everything the export toolbar formats with, behind one dynamic import: a thread page does not
 * download it until an agent actually copies or downloads something.
 */
export { downloadJson, rawThreadExport } from './export-json';
export { handoffSummary } from './handoff-summary';
export { transcriptToMarkdown } from './transcript-markdown';
