import type {
  ChatKitAttachment,
  ChatKitResponseOutputText,
  ChatKitThreadUserMessageItem,
} from 'openai/resources/beta/chatkit/threads';
import {
  describeKind,
  isRecord,
  readArray,
  readNullableString,
  readOpenEnum,
  readString,
  type UntrustedRecord,
} from './untrusted-json';

type UserPart = ChatKitThreadUserMessageItem['content'][number];
type Annotation = ChatKitResponseOutputText['annotations'][number];

/** What a repair had to leave out, so the agent is told instead of seeing it vanish. */
export type Omissions = string[];

/** Content parts as a list: a bare string (seen in older payloads) becomes one text part. */
function readParts(value: unknown): readonly unknown[] {
  return typeof value === 'string' ? [value] : readArray(value);
}

function partText(part: unknown): string | undefined {
  if (typeof part === 'string') return part;
  return isRecord(part) && typeof part.text === 'string' ? part.text : undefined;
}

export function repairUserContent(item: UntrustedRecord, omitted: Omissions): UserPart[] {
  const parts: UserPart[] = [];
  // The self-hosted ChatKit protocol keeps the quote on the item instead of in `content`.
  if (typeof item.quoted_text === 'string' && item.quoted_text.trim() !== '') {
    parts.push({ type: 'quoted_text', text: item.quoted_text });
  }
  for (const part of readParts(item.content)) {
    const text = partText(part);
    if (text === undefined) omitted.push(`content part (${describeKind(part)})`);
    else if (isRecord(part) && part.type === 'quoted_text') {
      parts.push({ type: 'quoted_text', text });
    }
    // input_text, and unknown kinds such as input_tag, are shown by their text.
    else parts.push({ type: 'input_text', text });
  }
  return parts;
}

function repairAnnotation(value: unknown): Annotation | undefined {
  if (!isRecord(value) || !isRecord(value.source)) return undefined;
  const source = value.source;
  // The self-hosted protocol tags every annotation "annotation" and puts the kind on the source.
  const kind = value.type === 'annotation' || value.type === undefined ? source.type : value.type;
  if (kind === 'url' && typeof source.url === 'string') {
    return { type: 'url', source: { type: 'url', url: source.url } };
  }
  if (kind === 'file' && typeof source.filename === 'string') {
    return { type: 'file', source: { type: 'file', filename: source.filename } };
  }
  return undefined;
}

export function repairAssistantContent(
  item: UntrustedRecord,
  omitted: Omissions,
): ChatKitResponseOutputText[] {
  const segments: ChatKitResponseOutputText[] = [];
  for (const part of readParts(item.content)) {
    const text = partText(part);
    if (text === undefined) {
      omitted.push(`content part (${describeKind(part)})`);
      continue;
    }
    const annotations: Annotation[] = [];
    for (const raw of readArray(isRecord(part) ? part.annotations : undefined)) {
      const annotation = repairAnnotation(raw);
      if (annotation) annotations.push(annotation);
      else omitted.push(`source (${describeKind(raw)})`);
    }
    segments.push({ type: 'output_text', text, annotations });
  }
  return segments;
}

export function repairAttachments(value: unknown, omitted: Omissions): ChatKitAttachment[] {
  const attachments: ChatKitAttachment[] = [];
  for (const raw of readArray(value)) {
    if (!isRecord(raw)) {
      omitted.push(`attachment (${describeKind(raw)})`);
      continue;
    }
    attachments.push({
      id: readString(raw.id),
      type: readOpenEnum(raw.type, 'file'),
      name: readString(raw.name),
      mime_type: readString(raw.mime_type),
      preview_url: readNullableString(raw.preview_url),
    });
  }
  return attachments;
}

export function repairInferenceOptions(
  value: unknown,
): ChatKitThreadUserMessageItem['inference_options'] {
  if (!isRecord(value)) return null;
  const toolChoice = value.tool_choice;
  return {
    model: readNullableString(value.model),
    tool_choice:
      isRecord(toolChoice) && typeof toolChoice.id === 'string' ? { id: toolChoice.id } : null,
  };
}
