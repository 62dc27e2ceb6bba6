import { use, useState } from 'react';
import type { WidgetNode } from '@/client/entities/thread/model/widget-nodes';
import { Icon } from '@/client/components/ui/icon';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { cn } from '@/client/lib/cn';
import { PreviewHostsContext } from '@/client/lib/preview-hosts';
import { previewPlan } from '../../../lib/attachment-preview';
import { SafeLink } from '../safe-link';
import { radiusClass, sizeClass } from './widget-styles';

const RASTER_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** The type a URL's extension claims; anything else is not a raster image to the preview rule. */
function claimedType(src: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase() ?? '';
  return RASTER_TYPES[extension] ?? 'application/octet-stream';
}

type ImageNode = Extract<WidgetNode, { kind: 'image' }>;

/**
 * The attachment preview rule, for widget images: Threadline's own origin and approved hosts
 * load inline (no referrer); any other host is named, with a link the agent may choose to follow,
 * and nothing is requested from it.
 */
export function WidgetImage({ node }: { node: ImageNode }) {
  const approvedHosts = use(PreviewHostsContext);
  const plan = previewPlan(
    { mime_type: claimedType(node.src), preview_url: node.src },
    approvedHosts,
    window.location.origin,
  );
  const [failedSrc, setFailedSrc] = useState<string>();
  const alt = node.alt === undefined ? 'Image' : revealInvisible(node.alt);
  const frame = cn(
    'shrink-0 overflow-hidden bg-slate-100 dark:bg-slate-800',
    sizeClass[node.size ?? 24],
    radiusClass[node.radius ?? 'lg'],
  );
  if (plan.kind === 'load' && failedSrc !== plan.src) {
    return (
      <img
        src={plan.src}
        alt={alt}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailedSrc(plan.src)}
        className={cn(frame, 'object-cover')}
      />
    );
  }
  return (
    <span className="flex min-w-0 items-center gap-2 rounded-lg border border-dashed border-slate-300 p-2 text-xs dark:border-slate-600">
      <Icon name="image" className="size-5 shrink-0 text-slate-600 dark:text-slate-400" />
      <span className="min-w-0 [overflow-wrap:anywhere]">
        <span className="block font-medium">
          <bdi>{alt}</bdi>
        </span>
        {plan.kind === 'ask' ? (
          <SafeLink href={node.src}>
            Open on <bdi>{plan.host}</bdi>
          </SafeLink>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">
            {plan.kind === 'load' ? 'Image could not be loaded' : 'Image not shown'}
          </span>
        )}
      </span>
    </span>
  );
}
