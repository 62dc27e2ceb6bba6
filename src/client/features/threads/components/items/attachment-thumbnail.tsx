import { useState } from 'react';
import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { Icon } from '@/client/components/ui/icon';
import { thumbnailSrc } from '../../lib/attachment-preview';

const boxClass =
  'grid size-12 shrink-0 place-items-center overflow-hidden rounded-md bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300';

/**
 * A 48 px preview for https raster images, otherwise an icon. Fixed size so a late or failed
 * load never shifts the transcript; no referrer so the file host learns nothing about us.
 */
export function AttachmentThumbnail({ attachment }: { attachment: ChatKitAttachment }) {
  const src = thumbnailSrc(attachment);
  // Remembers which URL failed, so a new URL for the same row gets a fresh attempt.
  const [failedSrc, setFailedSrc] = useState<string>();

  if (src === undefined || failedSrc === src) {
    return (
      <span className={boxClass} title={src === undefined ? undefined : 'Preview unavailable'}>
        <Icon name={attachment.type === 'image' ? 'image' : 'file'} className="size-5" />
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={`Preview of ${attachment.name}`}
      width={48}
      height={48}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailedSrc(src)}
      className={`${boxClass} object-cover`}
    />
  );
}
