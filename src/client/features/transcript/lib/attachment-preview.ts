import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { safeImageSrc } from '@/client/lib/safe-href';

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

/** What to do with a preview: load it now, leave it to the agent (naming its host), or neither. */
export type PreviewPlan =
  { kind: 'load'; src: string } | { kind: 'ask'; host: string } | { kind: 'none' };

/** CSP host-source matching: `*.example.com` covers subdomains, not example.com itself. */
export function isApprovedHost(host: string, approved: readonly string[]): boolean {
  const name = host.toLowerCase();
  return approved.some((entry) =>
    entry.startsWith('*.') ? name.endsWith(entry.slice(1)) : name === entry,
  );
}

/** A root-relative path, or an absolute URL, on our own origin; never `//host` or `\`. */
function ownOriginSrc(url: string, origin: string): string | undefined {
  if (/[\\\s]/.test(url)) return undefined;
  if (url.startsWith('/') && !url.startsWith('//')) return new URL(url, origin).href;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.username === '' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opening a thread must tell no third party: a preview loads at once only from Threadline's own
 * origin or an approved host (the CSP's img-src says the same), and only for raster images.
 * Anywhere else, loading it is the agent's choice, so the card names the host it would contact.
 */
export function previewPlan(
  attachment: Pick<ChatKitAttachment, 'mime_type' | 'preview_url'>,
  approvedHosts: readonly string[],
  origin: string,
): PreviewPlan {
  const url = attachment.preview_url;
  if (typeof url !== 'string' || url.trim() === '') return { kind: 'none' };
  const mime = attachment.mime_type.split(';')[0]?.trim().toLowerCase() ?? '';
  const raster = THUMBNAIL_TYPES.has(mime);
  const own = ownOriginSrc(url.trim(), origin);
  if (own !== undefined) return raster ? { kind: 'load', src: own } : { kind: 'none' };
  const src = safeImageSrc(url);
  if (src === undefined) {
    // Still name where an http: link would go, so the agent can judge it before clicking.
    const host = hostOf(url);
    return host === undefined ? { kind: 'none' } : { kind: 'ask', host };
  }
  const { host } = new URL(src);
  if (raster && isApprovedHost(host, approvedHosts)) return { kind: 'load', src };
  return { kind: 'ask', host };
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' && parsed.username === '' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}
