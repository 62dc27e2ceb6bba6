import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { fileSource, itemMaker, urlSource } from './sample-builders';
import type { SampleThread } from './sample-threads';

/**
 * Every string here is an attack on the viewer: markup, script URLs, huge tokens and items the
 * SDK union does not know. Nothing in this thread may execute or break the layout.
 */
const THREAD_ID = 'cthr_demo_hostile';
const T = 1795287900; // 2026-11-21 19:05:00 UTC
const make = itemMaker(THREAD_ID);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A base64-looking token without a single break opportunity; a fixed LCG keeps it stable. */
function unbrokenToken(length: number): string {
  let seed = 20261121;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += B64[seed % 64] ?? 'A';
  }
  return out;
}

/** About 20 KB of ordinary Markdown paragraphs, for collapse and scroll behaviour. */
function veryLongMarkdown(): string {
  const paragraph =
    'Our records show the payment was authorised, captured, partially reversed and then captured again by the acquiring bank. ' +
    'Each step is logged with its own reference, and the reversal arrived after the settlement cut-off, which is why the statement ' +
    'shows two entries for one purchase. None of this needs any action from you; the ledger reconciles itself overnight. ';
  const sections: string[] = [];
  for (let i = 1; sections.join('\n\n').length < 20000; i++) {
    sections.push(`### Step ${String(i)}\n\n${paragraph}\n\n${paragraph}`);
  }
  return sections.join('\n\n');
}

const hostileMarkdown = [
  'Here is what I found <img src=x onerror=alert(1)> in your account.',
  '',
  '<iframe src="https://evil.example/frame" width="800" height="600"></iframe>',
  '',
  '- [click me](javascript:alert(1))',
  '- [data](data:text/html;base64,PHNjcmlwdD4=)',
  '- [vb](vbscript:msgbox(1))',
  '- [ok](https://example.com/ok)',
  '',
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(4)"><circle r="10"/></svg>',
  '',
  '```html',
  "<script>alert('inside a code block')</script>",
  '```',
].join('\n');

const typedItems = [
  {
    ...make.base('cthi_hostile_01', T),
    type: 'chatkit.user_message',
    content: [
      { type: 'quoted_text', text: '<a href="javascript:alert(0)">Your order</a>' },
      { type: 'input_text', text: '<script>alert(1)</script> I want a refund <b>bold?</b>' },
    ],
    attachments: [
      {
        id: 'cfile_hostile_01',
        type: 'image',
        name: '"><svg onload=alert(11)>.png',
        mime_type: 'image/svg+xml',
        preview_url: 'javascript:alert(12)',
      },
    ],
    inference_options: { model: '<b>gpt</b>', tool_choice: { id: '<i>tool</i>' } },
  },
  make.assistant('cthi_hostile_02', T + 4, hostileMarkdown, [
    urlSource('javascript:alert(2)'),
    urlSource('not a url at all'),
    urlSource('https://example.com/ok'),
    urlSource('https://example.com/ok'),
    fileSource('<img src=x onerror=alert(5)>.pdf'),
  ]),
  {
    ...make.base('cthi_hostile_03', T + 6),
    type: 'chatkit.client_tool_call',
    call_id: 'call_<hostile>',
    name: '<b>tool</b>',
    status: 'completed',
    arguments: JSON.stringify({
      html: '<img src=x onerror=alert(6)>',
      q: '"><script>alert(7)</script>',
    }),
    output: '<script>alert(8)</script>',
  },
  {
    ...make.base('cthi_hostile_04', T + 7),
    type: 'chatkit.task_group',
    tasks: [
      {
        type: 'custom',
        heading: '<img src=x onerror=alert(10)>',
        summary: '<b>not bold</b>\nline two',
      },
    ],
  },
  {
    ...make.base('cthi_hostile_05', T + 8),
    type: 'chatkit.widget',
    widget: '{"type":"Card","children":[{"type":"Text","value":"<script>alert(3)</script>"}]}',
  },
  {
    ...make.base('cthi_hostile_06', T + 9),
    type: 'chatkit.widget',
    widget: '{"type":"Card","children":[{"type":"Text","value":"unterminated <img src=x',
  },
] satisfies ThreadItem[];

/**
 * Names that lie: a right-to-left override makes `invoice-\u202Egpj.exe` display as
 * "invoice-exe.jpg", and a message can leave an override open for whatever follows it.
 */
const bidiItems = [
  {
    ...make.base('cthi_hostile_11', T + 70),
    type: 'chatkit.user_message',
    content: [{ type: 'input_text', text: 'Here is my invoice \u202Eplease refund it' }],
    attachments: [
      {
        id: 'cfile_hostile_11',
        type: 'file',
        name: 'invoice-\u202Egpj.exe',
        mime_type: 'application/x-msdownload',
        preview_url: null,
      },
    ],
    inference_options: null,
  },
  {
    ...make.base('cthi_hostile_12', T + 72),
    type: 'chatkit.client_tool_call',
    call_id: 'call_bidi',
    name: 'refund\u200B_order\u2067',
    status: 'completed',
    arguments: '{"order_id":"A-1023"}',
    output: '{"ok":true}',
  },
] satisfies ThreadItem[];

/** Item types outside the SDK union (from the self-hosted protocol), deliberately untyped. */
const unknownItems: unknown[] = [
  {
    ...make.base('cthi_hostile_07', T + 10),
    type: 'chatkit.generated_image',
    image: { id: 'img_hostile', url: 'javascript:alert(9)' },
  },
  { ...make.base('cthi_hostile_08', T + 11), type: 'chatkit.end_of_turn' },
];

export const hostileThread: SampleThread = {
  thread: {
    id: THREAD_ID,
    object: 'chatkit.thread',
    created_at: T,
    title: '<img src=x onerror=alert(1)>Refund',
    status: { type: 'active' },
    user: '<script>alert("user")</script>',
  } satisfies ChatKitThread,
  items: [
    ...typedItems,
    ...unknownItems,
    make.user('cthi_hostile_09', T + 60, `My token is ${unbrokenToken(2000)}`),
    make.assistant('cthi_hostile_10', T + 65, veryLongMarkdown()),
    ...bidiItems,
  ],
};
