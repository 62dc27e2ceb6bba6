import type { ThreadItem } from '@/shared/api-contract';
import { assertNever } from '@/client/lib/assert-never';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { AssistantMessage } from './assistant-message';
import { ClientToolCall } from './client-tool-call';
import { Task } from './task';
import { TaskGroup } from './task-group';
import { UnknownItem } from './unknown-item';
import { UserMessage } from './user-message';
import { Widget } from './widget';

function KnownItem({ item, omitted }: { item: ThreadItem; omitted: readonly string[] }) {
  switch (item.type) {
    case 'chatkit.user_message':
      return <UserMessage item={item} omitted={omitted} />;
    case 'chatkit.assistant_message':
      return <AssistantMessage item={item} omitted={omitted} />;
    case 'chatkit.client_tool_call':
      return <ClientToolCall item={item} omitted={omitted} />;
    case 'chatkit.task':
      return <Task item={item} omitted={omitted} />;
    case 'chatkit.task_group':
      return <TaskGroup item={item} omitted={omitted} />;
    case 'chatkit.widget':
      return <Widget item={item} omitted={omitted} />;
    default:
      // A type added to the SDK fails the typecheck here; at run time the boundary catches it.
      return assertNever(item);
  }
}

/** One transcript row. Wrap it in ItemErrorBoundary so one broken item stays contained. */
export function TranscriptItemView({ entry }: { entry: TranscriptItem }) {
  return entry.kind === 'item' ? (
    <KnownItem item={entry.item} omitted={entry.omitted} />
  ) : (
    <UnknownItem unknown={entry.unknown} />
  );
}
