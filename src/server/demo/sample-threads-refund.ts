import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { fileSource, itemMaker, urlSource } from './sample-builders';
import type { SampleThread } from './sample-threads';

const THREAD_ID = 'cthr_demo_refund_duplicate';
const T = 1795529100; // 2026-11-24 14:05:00 UTC
const make = itemMaker(THREAD_ID);

const lookupOutput = {
  order_id: 'A-1023',
  total: 42.0,
  currency: 'USD',
  payments: [
    { id: 'pay_8Hk2', amount: 42.0, status: 'captured', captured_at: '2026-11-22T10:14:03Z' },
    { id: 'pay_8Hk3', amount: 42.0, status: 'captured', captured_at: '2026-11-22T10:14:05Z' },
  ],
};

// The card as the customer saw it in ChatKit: it exercises most of the widget components the
// transcript draws (layout, text, badges, a list, a local image, an inert button, a small form).
const payment = (id: string, time: string, badge: string, color: string) => ({
  type: 'ListViewItem',
  gap: 3,
  children: [
    {
      type: 'Col',
      gap: 0,
      children: [
        { type: 'Text', value: `${id} · $42.00`, weight: 'medium', size: 'sm' },
        { type: 'Caption', value: `Captured Nov 22 at ${time} UTC` },
      ],
    },
    { type: 'Spacer' },
    { type: 'Badge', label: badge, color, variant: 'soft' },
  ],
});

const refundCard = {
  type: 'Card',
  size: 'md',
  children: [
    {
      type: 'Row',
      gap: 3,
      children: [
        {
          type: 'Image',
          // Served by Threadline itself: demo mode requests nothing from any other host.
          src: '/demo-previews/bank-statement.png',
          alt: 'Bank statement with both charges',
          size: 48,
          radius: 'md',
        },
        {
          type: 'Col',
          gap: 0,
          children: [
            { type: 'Title', value: 'Refund request RF-20931', size: 'md' },
            { type: 'Caption', value: 'Opened Nov 24 · card ending 4417' },
          ],
        },
        { type: 'Spacer' },
        { type: 'Badge', label: 'Pending approval', color: 'warning' },
      ],
    },
    { type: 'Text', value: 'Amount: $42.00 (payment pay_8Hk3)' },
    { type: 'Text', value: 'Status: waiting for billing approval', color: 'secondary', size: 'sm' },
    {
      type: 'ListView',
      children: [
        payment('pay_8Hk2', '10:14:03', 'Kept', 'success'),
        payment('pay_8Hk3', '10:14:05', 'Refunding', 'info'),
      ],
    },
    { type: 'Divider' },
    {
      type: 'Form',
      gap: 2,
      onSubmitAction: { type: 'submit_refund', payload: { refund_request_id: 'RF-20931' } },
      children: [
        { type: 'Label', value: 'Reason', fieldName: 'reason' },
        {
          type: 'Select',
          name: 'reason',
          defaultValue: 'duplicate_charge',
          options: [
            { value: 'duplicate_charge', label: 'Duplicate charge' },
            { value: 'not_received', label: 'Order not received' },
            { value: 'other', label: 'Something else' },
          ],
        },
        { type: 'Label', value: 'Note for billing', fieldName: 'note' },
        {
          type: 'Textarea',
          name: 'note',
          defaultValue: 'Charged twice at checkout, two seconds apart.',
        },
        {
          type: 'Checkbox',
          name: 'notify',
          label: 'Email me when the refund is approved',
          defaultChecked: true,
        },
        {
          type: 'Row',
          justify: 'end',
          gap: 2,
          children: [
            {
              type: 'Button',
              label: 'Cancel request',
              onClickAction: { type: 'cancel_refund', payload: { id: 'RF-20931' } },
            },
            { type: 'Button', label: 'Submit refund', submit: true, style: 'primary' },
          ],
        },
      ],
    },
  ],
};

const explanation = [
  'Thanks for the details, Maria. I can see what happened.',
  '',
  '**Two identical charges** were captured for order `A-1023`, two seconds apart:',
  '',
  '- `pay_8Hk2`: $42.00, Nov 22 at 10:14 UTC',
  '- `pay_8Hk3`: $42.00, Nov 22 at 10:14 UTC (**duplicate**)',
  '',
  'This looks like a double submit at checkout. Under our [refund policy](https://help.example.com/billing/refunds) ' +
    'duplicate charges are refunded in full. The amount is over $25, so billing has to approve it; ' +
    "I'm opening the request now.",
].join('\n');

const timing = [
  'Once billing approves (usually within one business day), the refund goes back to the card ending **4417**:',
  '',
  '1. Approval by our billing team',
  '2. Refund issued to Visa, reference `RF-20931`',
  '3. Your bank posts it, typically **3 to 5 business days** later',
  '',
  'So you should see it before the 1st, though your bank has the last word on timing.',
].join('\n');

const items: ThreadItem[] = [
  {
    ...make.base('cthi_refund_01', T),
    type: 'chatkit.user_message',
    content: [
      {
        type: 'quoted_text',
        text: 'Your card ending 4417 was charged $42.00 on Nov 22 (order A-1023).',
      },
      {
        type: 'input_text',
        text: 'Hi, I got charged twice for order A-1023: two identical $42.00 charges on the same day. Can you refund one of them? Statement and receipt attached.',
      },
    ],
    attachments: [
      {
        id: 'cfile_refund_statement',
        type: 'image',
        name: 'bank-statement-nov.png',
        mime_type: 'image/png',
        // Served by Threadline itself: demo mode requests nothing from any other host.
        preview_url: '/demo-previews/bank-statement.png',
      },
      {
        id: 'cfile_refund_receipt',
        type: 'file',
        name: 'receipt-A-1023.pdf',
        mime_type: 'application/pdf',
        preview_url: null,
      },
    ],
    inference_options: { model: 'gpt-4.1-mini', tool_choice: null },
  },
  {
    ...make.base('cthi_refund_02', T + 2),
    type: 'chatkit.task',
    task_type: 'thought',
    heading: 'Checking the order and payment history',
    summary:
      'The customer reports two identical charges for one order. I need the payment records before promising a refund.',
  },
  {
    ...make.base('cthi_refund_03', T + 3),
    type: 'chatkit.client_tool_call',
    call_id: 'call_Qx71refund',
    name: 'lookup_order',
    status: 'completed',
    arguments: JSON.stringify({ order_id: 'A-1023', include_payments: true }),
    output: JSON.stringify(lookupOutput),
  },
  {
    ...make.base('cthi_refund_04', T + 5),
    type: 'chatkit.task_group',
    tasks: [
      {
        type: 'custom',
        heading: 'Matched both charges to order A-1023',
        summary: 'Two captures two seconds apart from the same card: a double submit at checkout.',
      },
      {
        type: 'custom',
        heading: 'Checked the refund policy',
        summary: 'Duplicate charges are refundable in full within 60 days.',
      },
      { type: 'thought', heading: null, summary: null },
      { type: 'custom', heading: 'Refunds above $25 need billing approval', summary: null },
    ],
  },
  make.assistant('cthi_refund_05', T + 9, explanation, [
    urlSource('https://help.example.com/billing/refunds'),
    fileSource('refund-policy-2026.pdf'),
  ]),
  {
    ...make.base('cthi_refund_06', T + 11),
    type: 'chatkit.client_tool_call',
    call_id: 'call_Rf20931',
    name: 'create_refund_request',
    status: 'completed',
    arguments: JSON.stringify({ payment_id: 'pay_8Hk3', amount: 42.0, reason: 'duplicate_charge' }),
    output: JSON.stringify({
      refund_request_id: 'RF-20931',
      status: 'pending_approval',
      queue: 'billing',
    }),
  },
  {
    ...make.base('cthi_refund_07', T + 12),
    type: 'chatkit.widget',
    widget: JSON.stringify(refundCard),
  },
  make.user(
    'cthi_refund_08',
    T + 95,
    'How long until I see the money back? Rent is due on the 1st.',
  ),
  {
    ...make.base('cthi_refund_09', T + 97),
    type: 'chatkit.task',
    task_type: 'custom',
    heading: 'Estimating payout time',
    summary: 'Card refunds: approval within 1 business day, then 3 to 5 business days at the bank.',
  },
  make.assistant('cthi_refund_10', T + 101, timing, [
    urlSource('https://help.example.com/billing/refund-timing'),
  ]),
  make.user('cthi_refund_11', T + 160, 'OK, thanks. Will someone email me when it is approved?'),
  make.assistant(
    'cthi_refund_12',
    T + 164,
    "Yes. I've handed this conversation to our billing team, who will email you at the address on your account once `RF-20931` is approved. This chat is now locked while they review it.",
  ),
];

export const refundThread: SampleThread = {
  thread: {
    id: THREAD_ID,
    object: 'chatkit.thread',
    created_at: T,
    title: 'Refund for duplicate charge on order A-1023',
    status: { type: 'locked', reason: 'Escalated to billing' },
    user: 'maria.gomez@example.com',
  } satisfies ChatKitThread,
  items,
};
