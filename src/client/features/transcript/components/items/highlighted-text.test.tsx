import { render } from '@testing-library/react';
import type { ThreadItem } from '@/shared/api-contract';
import { describe, expect, it } from 'vitest';
import { asEntries, makeAssistantMessage, makeUserMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { RowContext, type RowView } from './row-context';
import { TranscriptItemView } from './transcript-item';

function renderRow(raw: ThreadItem, query: string) {
  const [entry] = toTranscriptEntries(asEntries([raw]));
  if (!entry) throw new Error('no entry');
  const view: RowView = { entry, threadId: 'cthr_t', query, target: false, current: false };
  return render(
    <RowContext value={view}>
      <TranscriptItemView entry={entry} />
    </RowContext>,
  );
}

function marks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
}

describe('find highlighting', () => {
  it('marks matches in plain text, keeping their case', () => {
    const { container } = renderRow(
      makeUserMessage({ content: [{ type: 'input_text', text: 'Order A-1023 and a-1023' }] }),
      'a-1023',
    );
    expect(marks(container)).toEqual(['A-1023', 'a-1023']);
  });

  it('marks matches inside Markdown text nodes without turning text into HTML', () => {
    const { container } = renderRow(
      makeAssistantMessage({
        content: [
          {
            type: 'output_text',
            text: '**Order A-1023** has `<img src=x onerror=alert(1)>` A-1023',
            annotations: [],
          },
        ],
      }),
      'a-1023',
    );
    expect(marks(container)).toEqual(['A-1023', 'A-1023']);
    expect(container.querySelector('strong mark')).not.toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('marks nothing without a query', () => {
    const { container } = renderRow(makeUserMessage(), '');
    expect(marks(container)).toEqual([]);
  });
});
