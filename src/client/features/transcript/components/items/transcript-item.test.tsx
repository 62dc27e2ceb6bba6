import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadItem } from '@/shared/api-contract';
import {
  makeAssistantMessage,
  makeClientToolCall,
  makeTask,
  makeTaskGroup,
  makeUserMessage,
  makeUnknownEntry,
  makeWidget,
} from '@/client/testing/item-factories';
import {
  toTranscriptItem,
  type TranscriptItem,
} from '@/client/entities/thread/model/transcript-item';
import { ItemErrorBoundary } from './item-error-boundary';
import { TranscriptItemView } from './transcript-item';

function renderRow(entry: TranscriptItem) {
  return render(
    <ItemErrorBoundary entry={entry}>
      <TranscriptItemView entry={entry} />
    </ItemErrorBoundary>,
  );
}

describe('TranscriptItemView', () => {
  it.each<[ThreadItem, string]>([
    [makeUserMessage(), 'Customer message'],
    [makeAssistantMessage(), 'Assistant message'],
    [makeClientToolCall(), 'Tool call lookup_order'],
    [makeTask(), 'Thought: Looking up the order'],
    [makeTaskGroup(), 'Task group, 2 tasks'],
    [makeWidget(), 'Widget'],
  ])('renders %#: %j', (item, name) => {
    renderRow(toTranscriptItem({ kind: 'item', item }, 'index-0'));
    expect(screen.getByRole('article', { name })).toBeTruthy();
  });

  it('renders unknown items by type', () => {
    const raw = { type: 'chatkit.end_of_turn' };
    renderRow(toTranscriptItem(makeUnknownEntry(raw, 'chatkit.end_of_turn'), 'index-0'));
    expect(screen.getByText('Unsupported item (type chatkit.end_of_turn)')).toBeTruthy();
  });

  it('tells the reader what the server had to leave out', () => {
    const item = makeUserMessage({ content: [{ type: 'input_text', text: 'hi' }] });
    const upstream = { type: 'user_message', content: [{ type: 'input_image' }, 'hi'] };
    const omitted = ['content part (input_image)'];
    renderRow(toTranscriptItem({ kind: 'item', item, omitted, raw: upstream }, 'index-0'));
    expect(screen.getByText('hi')).toBeTruthy();
    expect(screen.getByText('Not shown: content part (input_image)')).toBeTruthy();
  });
});

describe('ItemErrorBoundary', () => {
  beforeEach(() => {
    // React reports caught render errors on the console; the test expects exactly that error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('contains an item that throws while rendering, showing its raw JSON', () => {
    // Data that skipped the server's validation: `content` is not an array, so the renderer throws.
    const broken = {
      ...makeUserMessage({ id: 'cthi_broken' }),
      content: 'oops',
    } as unknown as ThreadItem;
    const entry: TranscriptItem = {
      kind: 'item',
      key: 'cthi_broken',
      item: broken,
      omitted: [],
      raw: broken,
    };
    render(
      <ol>
        <li>
          <ItemErrorBoundary entry={entry}>
            <TranscriptItemView entry={entry} />
          </ItemErrorBoundary>
        </li>
        <li>
          <TranscriptItemView
            entry={toTranscriptItem({ kind: 'item', item: makeAssistantMessage() }, 'index-1')}
          />
        </li>
      </ol>,
    );
    expect(screen.getByRole('article', { name: 'Item that could not be displayed' })).toBeTruthy();
    expect(screen.getByText('This item could not be displayed')).toBeTruthy();
    expect(document.querySelector('pre')?.textContent).toContain('"id": "cthi_broken"');
    expect(screen.getByRole('article', { name: 'Assistant message' })).toBeTruthy();
  });

  it('contains an unexpected item type that bypassed validation', () => {
    const entry = {
      kind: 'item',
      key: 'x',
      item: { type: 'chatkit.future' },
      omitted: [],
    } as unknown as TranscriptItem;
    renderRow(entry);
    expect(screen.getByText('This item could not be displayed')).toBeTruthy();
  });
});
