import { describe, expect, it } from 'vitest';
import {
  asEntries,
  makeAssistantMessage,
  makeClientToolCall,
  makeTask,
  makeTaskGroup,
  makeUnknownEntry,
  makeUserMessage,
  makeWidget,
} from '@/client/testing/item-factories';
import { isConversation } from './conversation-filter';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';

describe('isConversation', () => {
  it('keeps customer and assistant messages only', () => {
    const entries = toTranscriptEntries(
      asEntries([
        makeUserMessage(),
        makeAssistantMessage(),
        makeClientToolCall(),
        makeTask(),
        makeTaskGroup(),
        makeWidget(),
        makeUnknownEntry({ id: 'cthi_future', type: 'chatkit.generated_image' }),
      ]),
    );
    expect(entries.map(isConversation)).toEqual([true, true, false, false, false, false, false]);
  });
});
