import type { ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';
import { taskField } from '@/client/entities/thread/model/item-text';
import { taskKindLabel } from '@/client/entities/thread/model/task-label';
import { ItemCard } from './item-card';
import { TaskDetails } from './task-details';

interface TaskProps {
  item: ChatKitThreadItemList.ChatKitTask;
  omitted?: readonly string[];
}

export function Task({ item, omitted }: TaskProps) {
  const kind = taskKindLabel(item.task_type);
  const heading = item.heading?.trim();
  const hasDetails = Boolean(heading) || Boolean(item.summary?.trim());
  return (
    <ItemCard
      label={heading ? `${kind}: ${heading}` : kind}
      title={kind}
      icon="task"
      tone="muted"
      createdAt={item.created_at}
      omitted={omitted}
    >
      {hasDetails ? (
        <TaskDetails heading={item.heading} summary={item.summary} fields={taskField} />
      ) : undefined}
    </ItemCard>
  );
}
