import type { ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';
import { MutedNote } from '@/client/components/ui/muted-note';
import { taskGroupField } from '@/client/entities/thread/model/item-text';
import { taskKindLabel } from '@/client/entities/thread/model/task-label';
import { ItemCard } from './item-card';
import { TaskDetails } from './task-details';

interface TaskGroupProps {
  item: ChatKitThreadItemList.ChatKitTaskGroup;
  omitted?: readonly string[];
}

export function TaskGroup({ item, omitted }: TaskGroupProps) {
  const count = item.tasks.length;
  const countText = `${count.toLocaleString()} ${count === 1 ? 'task' : 'tasks'}`;
  return (
    <ItemCard
      label={`Task group, ${countText}`}
      title="Tasks"
      icon="tasks"
      tone="muted"
      createdAt={item.created_at}
      aside={<span className="text-xs text-slate-600 dark:text-slate-400">{countText}</span>}
      omitted={omitted}
    >
      {count === 0 ? (
        <MutedNote>No tasks</MutedNote>
      ) : (
        <ol className="list-decimal space-y-1.5 pl-5 marker:text-slate-600 dark:marker:text-slate-400">
          {item.tasks.map((task, index) => (
            <li key={index} className="min-w-0">
              <TaskDetails
                heading={task.heading}
                summary={task.summary}
                fallback={taskKindLabel(task.type)}
                fields={{
                  heading: taskGroupField(index, 'heading'),
                  summary: taskGroupField(index, 'summary'),
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </ItemCard>
  );
}
