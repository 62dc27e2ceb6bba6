import { useState } from 'react';
import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { Icon } from '@/client/components/ui/icon';
import type { PreviewPlan } from '../../lib/attachment-preview';

const boxClass =
  'grid size-12 shrink-0 place-items-center overflow-hidden rounded-md bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300';

interface AttachmentThumbnailProps {
  attachment: ChatKitAttachment;
  plan: PreviewPlan;
  /** The name as shown (invisible characters revealed), for the image's text alternative. */
  name: string;
}

/**
 * A 48 px preview when the plan says it may load now, otherwise an icon. Fixed size so a late or
 * failed load never shifts the transcript; no referrer so the file host learns nothing about us.
 */
export function AttachmentThumbnail({ attachment, plan, name }: AttachmentThumbnailProps) {
  const src = plan.kind === 'load' ? plan.src : undefined;
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
      alt={`Preview of ${name}`}
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
