import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { safeImageSrc } from './safe-href';

// Raster formats only: an SVG can carry script and external references, so it never gets a
// thumbnail even when it is served over https.
const THUMBNAIL_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/jpg',
  'image/gif',
  'image/webp',
]);

const KIND_LABELS: Partial<Record<string, string>> = { image: 'Image', file: 'File' };

/** "Image", "File", or "Attachment" for kinds the SDK does not know yet. */
export function attachmentKindLabel(type: string): string {
  return KIND_LABELS[type] ?? 'Attachment';
}

/** The https: URL to load as a thumbnail, or undefined when the preview must not be loaded. */
export function thumbnailSrc(attachment: Pick<ChatKitAttachment, 'mime_type' | 'preview_url'>) {
  const mime = attachment.mime_type.split(';')[0]?.trim().toLowerCase() ?? '';
  return THUMBNAIL_TYPES.has(mime) ? safeImageSrc(attachment.preview_url) : undefined;
}
