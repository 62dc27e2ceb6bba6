/** "Thought" for thinking steps; "Task" for custom steps and kinds the SDK does not know yet. */
export function taskKindLabel(type: string): string {
  return type === 'thought' ? 'Thought' : 'Task';
}
