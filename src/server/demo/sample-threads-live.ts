import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker } from './sample-builders';
import type { SampleThread } from './sample-threads';

const THREAD_ID = 'cthr_demo_live_chat';
const T = 1795101000; // 2026-11-19 15:10:00 UTC
const make = itemMaker(THREAD_ID);

/**
 * A conversation still in progress (active), reserved for the live-polling journey: the e2e
 * suite appends items to it on the standalone stand-in, so no other test should depend on it.
 */
export const liveChatThread: SampleThread = {
  thread: {
    id: THREAD_ID,
    object: 'chatkit.thread',
    created_at: T,
    title: 'Tracking shows delivered but no parcel',
    status: { type: 'active' },
    user: 'cust_58213',
  } satisfies ChatKitThread,
  items: [
    make.user(
      'cthi_live_01',
      T,
      'Tracking for order C-7781 says delivered yesterday at 14:02, but there is no parcel at my door or with the neighbours.',
    ),
    {
      ...make.base('cthi_live_02', T + 2),
      type: 'chatkit.client_tool_call',
      call_id: 'call_trk_C7781',
      name: 'get_tracking',
      status: 'completed',
      arguments: JSON.stringify({ order_id: 'C-7781' }),
      output: JSON.stringify({
        carrier: 'ParcelNow',
        status: 'delivered',
        delivered_at: '2026-11-18T14:02:11Z',
        proof: 'left_in_safe_place',
      }),
    },
    make.assistant(
      'cthi_live_03',
      T + 5,
      'The carrier marked it as **left in a safe place** yesterday at 14:02. Could you check around the back door, a porch box or a bin store? If it is not there I will open a claim with ParcelNow.',
    ),
    make.user('cthi_live_04', T + 70, 'Checking now, one minute.'),
  ] satisfies ThreadItem[],
};
