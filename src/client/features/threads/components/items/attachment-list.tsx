import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { attachmentKindLabel } from '../../lib/attachment-preview';
import { AttachmentThumbnail } from './attachment-thumbnail';
import { HighlightedText } from './highlighted-text';
import { SafeLink } from './safe-link';

function AttachmentRow({ attachment }: { attachment: ChatKitAttachment }) {
  // `invoice-\u202Egpj.exe` must not read as "invoice-exe.jpg": controls are shown, not obeyed.
  const name =
    attachment.name.trim() === '' ? 'Unnamed attachment' : revealInvisible(attachment.name);
  const mime =
    attachment.mime_type.trim() === '' ? 'unknown type' : revealInvisible(attachment.mime_type);
  return (
    <div className="flex min-w-0 items-center gap-2.5 rounded-lg border border-sky-200 bg-white p-2 dark:border-sky-900 dark:bg-slate-900">
      <AttachmentThumbnail attachment={attachment} />
      <div className="min-w-0">
        {/* Names may hold markup, path separators or RTL overrides: text only, bidi-isolated. */}
        <p className="truncate text-sm font-medium" title={name}>
          <SafeLink href={attachment.preview_url}>
            <bdi>
              <HighlightedText text={name} />
            </bdi>
          </SafeLink>
        </p>
        <p className="truncate text-xs text-slate-600 dark:text-slate-400" title={mime}>
          {attachmentKindLabel(attachment.type)} · <bdi>{mime}</bdi>
        </p>
      </div>
    </div>
  );
}

export function AttachmentList({ attachments }: { attachments: readonly ChatKitAttachment[] }) {
  return (
    <ul aria-label="Attachments" className="grid min-w-0 gap-2 sm:grid-cols-2">
      {attachments.map((attachment, index) => (
        // IDs may be missing or repeated in untrusted data; the position keeps keys unique.
        <li key={`${String(index)}:${attachment.id}`} className="min-w-0">
          <AttachmentRow attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
