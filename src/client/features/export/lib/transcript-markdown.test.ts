import { describe, expect, it } from 'vitest';
import type { ThreadSummary, ThreadItem, TranscriptEntry } from '@/shared/api-contract';
import {
  asEntries,
  makeAssistantMessage,
  makeAttachment,
  makeClientToolCall,
  makeOutputText,
  makeThreadSummary,
  makeTask,
  makeTaskGroup,
  makeUserMessage,
  makeWidget,
} from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { transcriptToMarkdown } from './transcript-markdown';

const thread = makeThreadSummary({ id: 'cthr_md', created_at: 1795529100 });

function markdown(
  raws: (ThreadItem | TranscriptEntry)[],
  forThread: ThreadSummary = thread,
): string {
  return transcriptToMarkdown(forThread, toTranscriptEntries(asEntries(raws)));
}

describe('transcriptToMarkdown', () => {
  it('starts with the title and the thread facts', () => {
    const md = markdown([]);
    expect(md.startsWith('# Refund for duplicate charge\n')).toBe(true);
    expect(md).toContain('- Status: Locked: Escalated to billing');
    expect(md).toContain('- User: maria.gomez@example.com');
    expect(md).toContain('- Created: 2026-11-24 14:05:00 UTC');
    expect(md).toContain('- Thread ID: cthr_md');
  });

  it('renders every kind of item in order with role and UTC time', () => {
    const md = markdown([
      makeUserMessage({
        created_at: 1795529100,
        content: [
          { type: 'quoted_text', text: 'Charged $42.00 twice' },
          { type: 'input_text', text: 'Please refund one.' },
        ],
        attachments: [makeAttachment({ name: 'statement.png' })],
      }),
      makeTask({ task_type: 'thought', heading: 'Checking payments', summary: 'Two captures.' }),
      makeClientToolCall({
        name: 'lookup_order',
        status: 'completed',
        arguments: '{"order_id":"A-1023"}',
        output: '{"total":42}',
      }),
      makeTaskGroup({
        tasks: [
          { type: 'custom', heading: 'Matched both charges', summary: null },
          { type: 'thought', heading: null, summary: null },
        ],
      }),
      makeWidget({
        widget: JSON.stringify({
          type: 'Card',
          children: [{ type: 'Title', value: 'Refund RF-1' }],
        }),
      }),
      makeAssistantMessage({
        created_at: 1795529109,
        content: [
          makeOutputText({
            text: 'Refund **opened**.',
            annotations: [
              { type: 'url', source: { type: 'url', url: 'https://help.example.com/refunds' } },
              { type: 'file', source: { type: 'file', filename: 'policy.pdf' } },
            ],
          }),
        ],
      }),
    ]);
    const order = [
      '### User · 2026-11-24 14:05:00 UTC',
      '> Charged $42.00 twice',
      'Please refund one.',
      'Attachments: statement.png',
      '### Thought',
      '**Checking payments**: Two captures.',
      '### Tool call: lookup_order (completed)',
      'Arguments:\n\n```json\n{\n  "order_id": "A-1023"\n}\n```',
      'Output:\n\n```json\n{\n  "total": 42\n}\n```',
      '### Tasks',
      '- **Matched both charges**\n- Thought',
      '### Widget',
      'Refund RF-1',
      '### Assistant · 2026-11-24 14:05:09 UTC',
      'Refund **opened**.',
      'Sources:\n\n- [https://help.example.com/refunds](https://help.example.com/refunds)\n- policy.pdf',
    ];
    let from = 0;
    for (const part of order) {
      const at = md.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it('keeps hostile content inert: no raw HTML, no remote images, no unsafe links', () => {
    const md = markdown(
      [
        makeUserMessage({
          content: [
            {
              type: 'input_text',
              text: '<img src=x onerror=alert(1)>\n![pixel](https://evil.example/t.gif)',
            },
          ],
        }),
        makeAssistantMessage({
          content: [
            makeOutputText({
              text: 'see <script>alert(1)</script> [click](javascript:alert(1)) [ok](https://example.com/ok)\n[ref]: javascript:alert(1)',
              annotations: [{ type: 'url', source: { type: 'url', url: 'javascript:alert(1)' } }],
            }),
          ],
        }),
      ],
      { ...thread, title: '<b>Title</b>\n# injected heading', user: '[x](javascript:alert(1))' },
    );
    expect(md).not.toMatch(/<(img|script|b)\b/i);
    expect(md).toContain('&lt;img src=x onerror=alert(1)>');
    expect(md).toContain('!\\[pixel]');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('[click]\\(javascript:alert(1))');
    expect(md).toContain('[ok](https://example.com/ok)');
    expect(md).toContain('\\[ref]: javascript:alert(1)');
    expect(md).toContain('# &lt;b\\>Title&lt;/b\\> \\# injected heading');
    expect(md).toMatch(/^- javascript:alert\(1\)$/m);
  });

  it('shows bidi controls in names and stops overrides at the end of a message', () => {
    const md = markdown(
      [
        makeUserMessage({
          content: [{ type: 'input_text', text: 'refund \u202Eplease' }],
          attachments: [makeAttachment({ name: 'invoice-\u202Egpj.exe' })],
        }),
        makeClientToolCall({ name: 'lookup\u2066_order' }),
      ],
      { ...thread, title: 'Refund \u202Efdp.exe', user: 'ann\u200F' },
    );
    expect(md.startsWith('# Refund ⟨U+202E⟩fdp.exe\n')).toBe(true);
    expect(md).toContain('- User: ann⟨U+200F⟩');
    expect(md).toContain('Attachments: invoice-⟨U+202E⟩gpj.exe');
    expect(md).toContain('Tool call: lookup⟨U+2066⟩_order');
    expect(md).toContain('refund \u202Eplease\u202C\n');
  });

  it('fences tool output longer than any backtick run inside it and closes fences left open', () => {
    const md = markdown([
      makeClientToolCall({ arguments: '```\n<img src=x>\n```', output: null }),
      makeAssistantMessage({ content: [makeOutputText({ text: 'code:\n```js\nlet a = 1;' })] }),
      makeUserMessage({ content: [{ type: 'input_text', text: 'after the fence' }] }),
    ]);
    expect(md).toContain('````\n```\n<img src=x>\n```\n````');
    expect(md).toContain('```js\nlet a = 1;\n```');
    expect(md).toMatch(/^after the fence$/m);
  });

  it('names unknown items and keeps their raw JSON in a fence', () => {
    const raw = { id: 'cthi_x', type: 'chatkit.generated_image', created_at: 1795529100 };
    const md = markdown([
      {
        kind: 'unknown',
        id: 'cthi_x',
        type: 'chatkit.generated_image',
        created_at: 1795529100,
        raw,
      },
    ]);
    expect(md).toContain('### Unknown item (chatkit.generated_image) · 2026-11-24 14:05:00 UTC');
    expect(md).toContain('"type": "chatkit.generated_image"');
  });

  it('says so when the title, user or times are missing', () => {
    const md = markdown([makeUserMessage({ created_at: 0 })], {
      ...thread,
      title: null,
      user: null,
      created_at: null,
    });
    expect(md).toContain('# Untitled thread');
    expect(md).toContain('- User: unknown');
    expect(md).toContain('- Created: unknown');
    expect(md).toContain('### User · unknown time');
  });
});
