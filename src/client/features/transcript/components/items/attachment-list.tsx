import { use } from 'react';
import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { PreviewHostsContext } from '@/client/lib/preview-hosts';
import { attachmentKindLabel, previewPlan } from '../../lib/attachment-preview';
import { AttachmentThumbnail } from './attachment-thumbnail';
import { FindFieldContext } from './find-mark-context';
import { HighlightedText } from './highlighted-text';
import { SafeLink } from './safe-link';

function NameText({ name }: { name: string }) {
  return (
    <bdi>
      <HighlightedText text={name} />
    </bdi>
  );
}

function AttachmentRow({ attachment }: { attachment: ChatKitAttachment }) {
  const approvedHosts = use(PreviewHostsContext);
  // `invoice-\u202Egpj.exe` must not read as "invoice-exe.jpg": controls are shown, not obeyed.
  const name =
    attachment.name.trim() === '' ? 'Unnamed attachment' : revealInvisible(attachment.name);
  const mime =
    attachment.mime_type.trim() === '' ? 'unknown type' : revealInvisible(attachment.mime_type);
  const plan = previewPlan(attachment, approvedHosts, window.location.origin);
  return (
    <div className="flex min-w-0 items-center gap-2.5 rounded-lg border border-sky-200 bg-white p-2 dark:border-sky-900 dark:bg-slate-900">
      <AttachmentThumbnail attachment={attachment} plan={plan} name={name} />
      <div className="min-w-0">
        {/* Names may hold markup or path separators: text only, bidi-isolated. */}
        <p className="truncate text-sm font-medium" title={name}>
          {plan.kind === 'load' ? (
            <SafeLink href={attachment.preview_url}>
              <NameText name={name} />
            </SafeLink>
          ) : (
            <NameText name={name} />
          )}
        </p>
        <p className="truncate text-xs text-slate-600 dark:text-slate-400" title={mime}>
          {attachmentKindLabel(attachment.type)} · <bdi>{mime}</bdi>
        </p>
        {plan.kind === 'ask' && (
          // Nothing was requested from this host: following the link is the agent's choice,
          // and the link says which third party it contacts.
          <p className="truncate text-xs">
            <SafeLink href={attachment.preview_url}>
              Open preview on <bdi>{plan.host}</bdi>
            </SafeLink>
          </p>
        )}
      </div>
    </div>
  );
}

interface AttachmentListProps {
  attachments: readonly ChatKitAttachment[];
  /** Each name's field for find (findFields), by attachment index. */
  fieldOf?: (index: number) => number;
}

export function AttachmentList({ attachments, fieldOf }: AttachmentListProps) {
  return (
    <ul aria-label="Attachments" className="grid min-w-0 gap-2 sm:grid-cols-2">
      {attachments.map((attachment, index) => (
        // IDs may be missing or repeated in untrusted data; the position keeps keys unique.
        <li key={`${String(index)}:${attachment.id}`} className="min-w-0">
          <FindFieldContext value={fieldOf?.(index) ?? null}>
            <AttachmentRow attachment={attachment} />
          </FindFieldContext>
        </li>
      ))}
    </ul>
  );
}
