import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker, urlSource } from './sample-builders';
import type { SampleThread } from './sample-threads';

/** Short conversations that mostly exercise the thread header: each status, with and without reason. */
function closedResolved(): SampleThread {
  const id = 'cthr_demo_closed_resolved';
  const T = 1794823320; // 2026-11-16 10:02:00 UTC
  const make = itemMaker(id);
  const items: ThreadItem[] = [
    make.user(
      'cthi_pwreset_01',
      T,
      "I can't log in. The password reset email never arrives, I've checked spam twice.",
    ),
    {
      ...make.base('cthi_pwreset_02', T + 3),
      type: 'chatkit.client_tool_call',
      call_id: 'call_pw_7731',
      name: 'send_password_reset',
      status: 'completed',
      arguments: JSON.stringify({ email: 'maria.gomez@example.com', channel: 'email' }),
      output: JSON.stringify({
        sent: true,
        provider_message_id: 'msg_0x5521',
        expires_in_minutes: 30,
      }),
    },
    make.assistant(
      'cthi_pwreset_03',
      T + 6,
      'I just sent a fresh reset link to **maria.gomez@example.com**. It expires in 30 minutes.\n\nIf it still does not show up, add `no-reply@accounts.example.com` to your contacts and see [this guide](https://help.example.com/account/reset-email).',
      [urlSource('https://help.example.com/account/reset-email')],
    ),
    make.user('cthi_pwreset_04', T + 240, 'Got it this time, I am back in. Thank you!'),
    make.assistant(
      'cthi_pwreset_05',
      T + 243,
      'Glad to hear it! I will close this conversation now. Have a good day.',
    ),
  ];
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: 'Password reset email not arriving',
      status: { type: 'closed', reason: 'Resolved: password reset link sent' },
      user: 'maria.gomez@example.com',
    } satisfies ChatKitThread,
    items,
  };
}

function closedNoReason(): SampleThread {
  const id = 'cthr_demo_closed_noreason';
  const T = 1793204400; // 2026-10-28 16:20:00 UTC
  const make = itemMaker(id);
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: 'Change delivery address',
      status: { type: 'closed', reason: null },
      user: 'cust_41822',
    } satisfies ChatKitThread,
    items: [
      make.user(
        'cthi_address_01',
        T,
        'Can I still change the delivery address for order B-5567? I moved last week.',
      ),
      make.assistant(
        'cthi_address_02',
        T + 5,
        'Order B-5567 has not shipped yet, so yes. What is the new address?',
      ),
      make.user('cthi_address_03', T + 130, '18 Harbour Street, Flat 3, Portsmouth PO1 2AB'),
      make.assistant(
        'cthi_address_04',
        T + 136,
        'Done: B-5567 will now go to **18 Harbour Street, Flat 3, Portsmouth PO1 2AB**. You will get a new confirmation email shortly.',
      ),
    ] satisfies ThreadItem[],
  };
}

function lockedNoReason(): SampleThread {
  const id = 'cthr_demo_locked_noreason';
  const T = 1795009620; // 2026-11-18 13:47:00 UTC
  const make = itemMaker(id);
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: 'Account deletion request',
      status: { type: 'locked', reason: null },
      user: 'usr_7f3a9c2e-5b1d-4e8a-9c0f-2d6b8e1a4c73',
    } satisfies ChatKitThread,
    items: [
      make.user(
        'cthi_delete_01',
        T,
        'Please delete my account and all data you hold about me (GDPR article 17).',
      ),
      {
        ...make.base('cthi_delete_02', T + 2),
        type: 'chatkit.task',
        task_type: 'custom',
        heading: 'Routing to the privacy team',
        summary: 'Erasure requests are handled by a human and need identity verification.',
      },
      make.assistant(
        'cthi_delete_03',
        T + 4,
        'I have passed your erasure request to our privacy team. They will confirm your identity by email and complete it within 30 days.',
      ),
    ] satisfies ThreadItem[],
  };
}

function activeUntitled(): SampleThread {
  const id = 'cthr_demo_active_untitled';
  const T = 1795459200; // 2026-11-23 18:40:00 UTC
  const make = itemMaker(id);
  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: T,
      title: null,
      status: { type: 'active' },
      user: 'jonas.becker@example.de',
    } satisfies ChatKitThread,
    items: [
      make.user('cthi_untitled_01', T, 'hallo, do you ship to Austria?'),
      make.assistant(
        'cthi_untitled_02',
        T + 4,
        'Hallo! Yes, we ship to Austria. Standard delivery takes 3 to 5 business days and is free above EUR 50.',
        [urlSource('https://help.example.com/shipping/countries')],
      ),
    ] satisfies ThreadItem[],
  };
}

export const statusThreads: readonly SampleThread[] = [
  closedResolved(),
  closedNoReason(),
  lockedNoReason(),
  activeUntitled(),
];
