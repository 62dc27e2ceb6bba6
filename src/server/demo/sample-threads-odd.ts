import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker } from './sample-builders';
import type { SampleThread } from './sample-threads';

/**
 * The API reference's own retrieve example (chatkit-api.md §5): inline `items`, no
 * created_at/status/user, unprefixed item types. It contradicts the typed schema, so nothing
 * here is typed; the viewer must tolerate it.
 */
function docExample(): SampleThread {
  const items: unknown[] = [
    {
      id: 'cthi_doc_01',
      object: 'chatkit.thread_item',
      type: 'user_message',
      content: [
        { type: 'input_text', text: 'Hi there, I would like to give some feedback on the demo.' },
      ],
      attachments: [],
    },
    {
      id: 'cthi_doc_02',
      object: 'chatkit.thread_item',
      type: 'assistant_message',
      content: [
        { type: 'output_text', text: 'Hello! Thanks for reaching out. What did you think?' },
      ],
    },
  ];
  return {
    thread: {
      id: 'cthr_demo_doc_example',
      object: 'chatkit.thread',
      title: 'Demo feedback',
      items: { data: items, has_more: false },
    },
    items,
  };
}

/**
 * The same reference shape where `/items` answers an empty list, as an upstream that only inlines
 * items would: the inline items are the whole transcript (issue 9 found it shown as empty).
 */
function inlineOnly(): SampleThread {
  const items: unknown[] = [
    {
      id: 'cthi_inline_01',
      object: 'chatkit.thread_item',
      type: 'user_message',
      content: [
        { type: 'input_text', text: 'The export button on the billing page does nothing.' },
      ],
      attachments: [],
    },
    {
      id: 'cthi_inline_02',
      object: 'chatkit.thread_item',
      type: 'assistant_message',
      content: [
        {
          type: 'output_text',
          text: "Sorry about that. I've passed it to the billing team; they will e-mail you the export.",
        },
      ],
    },
  ];
  return {
    thread: {
      id: 'cthr_demo_inline_only',
      object: 'chatkit.thread',
      title: 'Billing export does nothing',
      items: { data: items, has_more: false },
    },
    items: [],
  };
}

/** A conversation caught mid-flight: running tool calls, empty parts and the nullable corners. */
function toolRunning(): SampleThread {
  const id = 'cthr_demo_tool_running';
  const T = 1795511520; // 2026-11-24 09:12:00 UTC
  const make = itemMaker(id);
  const typed = [
    {
      ...make.user(
        'cthi_running_01',
        T,
        'Can you resend invoice INV-8812? We also need our VAT number on it.',
      ),
      inference_options: { model: 'gpt-4.1', tool_choice: { id: 'resend_invoice' } },
    },
    {
      ...make.base('cthi_running_02', T + 2),
      type: 'chatkit.task',
      task_type: 'thought',
      heading: null,
      summary: null,
    },
    {
      ...make.base('cthi_running_03', T + 3),
      type: 'chatkit.client_tool_call',
      call_id: 'call_resend_8812',
      name: 'resend_invoice',
      status: 'completed',
      arguments: '',
      output: 'Invoice INV-8812 re-sent to kenji.watanabe@example.jp at 09:12 UTC',
    },
    { ...make.base('cthi_running_04', T + 4), type: 'chatkit.assistant_message', content: [] },
    make.assistant(
      'cthi_running_05',
      T + 6,
      'I re-sent **INV-8812**. To add your VAT number I need to regenerate it, which takes a moment.',
      [],
    ),
    { ...make.base('cthi_running_06', T + 7), type: 'chatkit.task_group', tasks: [] },
  ] satisfies ThreadItem[];
  const odd: unknown[] = [
    {
      ...make.base('cthi_running_07', T + 50),
      type: 'chatkit.user_message',
      content: [
        { type: 'input_text', text: '   \n\t  ' },
        { type: 'input_tag', text: '#billing' },
      ],
      attachments: [],
      inference_options: null,
    },
    {
      ...make.base('cthi_running_08', T + 52),
      type: 'chatkit.client_tool_call',
      call_id: 'call_vat_8812',
      name: 'update_invoice_vat',
      status: 'in_progress',
      arguments: '{"invoice_id": "INV-8812", "vat_id": "JP1234',
      output: null,
    } satisfies ThreadItem,
  ];
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: 'Resend invoice INV-8812 with VAT number',
      status: { type: 'active' },
      user: 'kenji.watanabe@example.jp',
    } satisfies ChatKitThread,
    items: [...typed, ...odd],
  };
}

/** A status this SDK version does not know, an item without `id`, an item with extra fields. */
function futureStatus(): SampleThread {
  const id = 'cthr_demo_future_status';
  const T = 1795159860; // 2026-11-20 07:31:00 UTC
  const make = itemMaker(id);
  const withoutId = {
    object: 'chatkit.thread_item',
    type: 'chatkit.assistant_message',
    thread_id: id,
    created_at: T + 5,
    content: [
      {
        type: 'output_text',
        text: 'Your subscription has been moved to the archive. You can restore it any time within 90 days.',
        annotations: [],
      },
    ],
  };
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: 'Archive my old subscription',
      status: { type: 'archived' },
      user: 'anon_5c2e91',
    },
    items: [
      make.user(
        'cthi_future_01',
        T,
        'Please archive my old Basic subscription, I switched to Pro.',
      ),
      withoutId,
      {
        ...make.user('cthi_future_03', T + 90, 'Thanks, that was quick.'),
        metadata: { channel: 'ios', app_version: '7.4.1' },
        x_sentiment_score: 0.93,
      },
    ],
  };
}

// Undated threads sort last in insertion order: the reference's own example stays the last one.
export const oddThreads: readonly SampleThread[] = [
  inlineOnly(),
  docExample(),
  toolRunning(),
  futureStatus(),
];
