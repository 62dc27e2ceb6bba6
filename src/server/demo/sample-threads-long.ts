import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker, urlSource } from './sample-builders';
import type { SampleThread } from './sample-threads';

const THREAD_ID = 'cthr_demo_long_history';
const T = 1791015300; // 2026-10-03 08:15:00 UTC
const MIN_ITEMS = 640;
const make = itemMaker(THREAD_ID);

const FIRST_QUESTION =
  'Hi, since this morning most webhook deliveries to our store #2231 fail with timeouts, and orders are not reaching our warehouse system. Can you help?';
const LAST_QUESTION =
  'It has been quiet since our deploy on Monday. Can you confirm on your side before we close this?';
const LAST_ANSWER =
  'Great news: 72 hours without a single failed delivery, and the replay backlog is empty. I am closing this conversation now. If the timeouts come back, reply here or mention `#2231` in a new chat and we will pick it up straight away. Thanks for your patience over these weeks!';

/** Recurring exchanges of a weeks-long integration issue; `{n}` and `{turn}` vary per turn. */
const EXCHANGES: readonly (readonly [ask: string, answer: string])[] = [
  [
    'Another batch of webhook retries failed overnight. Can you check the delivery logs again?',
    'I checked the logs: **{n} deliveries** failed with `504 Gateway Timeout` after our 10 s limit. Your endpoint answered, just too late.',
  ],
  [
    'Deliveries to our /orders endpoint timed out again, about {n} in the last hour. How often do you retry?',
    'Retries follow the schedule in [the webhook guide](https://docs.example.com/webhooks/retries): 1 min, 5 min, 30 min, then hourly for 24 hours.',
  ],
  [
    'We deployed a fix this morning. Is it any better from your side?',
    'Since your deploy, the median response time dropped from 11.2 s to 1.4 s. Only {n} failures remain, all on `/orders`.',
  ],
  [
    'Quick one: does the retry schedule reset when we rotate the signing secret?',
    'Rotating the secret does not reset retries, but deliveries signed with the old secret fail verification for up to 5 minutes.',
  ],
  [
    'Our on-call was paged for duplicate order.created events, same event id twice.',
    'Duplicates are expected during retries. Deduplicate on the `event_id` header; it is stable across attempts.',
  ],
  [
    'Could you replay the events from batch {turn} for us?',
    'I have queued a replay of batch {turn}. You should see the events within a few minutes.',
  ],
  [
    'Thanks. Any update on the signature mismatch we reported?',
    'Yes: a proxy on your side re-encodes the body. Verify the signature against the **raw** request bytes, before any JSON parsing.',
  ],
];

function fill(template: string, turn: number): string {
  return template.replace('{n}', String(((turn * 7) % 23) + 2)).replace('{turn}', String(turn));
}

/** Seconds to wait before a turn: mostly minutes, sometimes hours (gaps over 30 min). */
function gapBefore(turn: number): number {
  if (turn === 0) return 0;
  if (turn % 9 === 0) return 2400 + ((turn * 3709) % 72000);
  return 45 + ((turn * 37) % 240);
}

function exchangeFor(turn: number): readonly [ask: string, answer: string] {
  const [ask, answer] = EXCHANGES[turn % EXCHANGES.length] ?? ['', ''];
  return [fill(turn === 0 ? FIRST_QUESTION : ask, turn), fill(answer, turn)];
}

function toolCall(id: string, time: number, turn: number, windowHours: number, output: object) {
  return {
    ...make.base(id, time),
    type: 'chatkit.client_tool_call' as const,
    call_id: `call_long_${String(turn)}`,
    name: 'search_delivery_logs',
    status: 'completed' as const,
    arguments: JSON.stringify({ store_id: 2231, window_hours: windowHours }),
    output: JSON.stringify(output),
  };
}

/** One exchange: the user asks, the agent sometimes thinks or calls a tool, then answers. */
function turnItems(turn: number, start: number, nextId: () => string): ThreadItem[] {
  const [ask, answer] = exchangeFor(turn);
  const items: ThreadItem[] = [make.user(nextId(), start, ask)];
  if (turn % 5 === 2) {
    items.push({
      ...make.base(nextId(), start + 2),
      type: 'chatkit.task',
      task_type: turn % 2 === 0 ? 'thought' : 'custom',
      heading: 'Comparing delivery latency with the 10 s timeout',
      summary:
        turn % 10 === 2 ? null : `Looked at ${String(turn * 3)} deliveries from the last hour.`,
    });
  }
  if (turn % 4 === 1) {
    const failed = ((turn * 7) % 23) + 2;
    const output = { failed, last_status: 504, p50_ms: 1400 };
    items.push(toolCall(nextId(), start + 5, turn, 1 + (turn % 6), output));
  }
  const reply = make.assistant(nextId(), start + 9 + (turn % 5), answer, [
    urlSource('https://docs.example.com/webhooks/retries'),
  ]);
  return [...items, reply];
}

/**
 * Generates a long, deterministic transcript (alternating turns with occasional tool calls and
 * tasks) so the viewer's pagination and virtualisation see hundreds of items.
 */
export function longHistoryItems(): ThreadItem[] {
  const items: ThreadItem[] = [];
  let count = 0;
  const nextId = () => `cthi_long_${String(++count).padStart(4, '0')}`;
  let time = T;
  let turn = 0;
  for (; count < MIN_ITEMS - 3; turn++) {
    time += gapBefore(turn);
    const turnList = turnItems(turn, time, nextId);
    items.push(...turnList);
    time = turnList.at(-1)?.created_at ?? time;
  }
  time += gapBefore(9);
  items.push(
    make.user(nextId(), time, LAST_QUESTION),
    toolCall(nextId(), time + 3, turn, 72, { failed: 0, last_status: 200, p50_ms: 310 }),
    make.assistant(nextId(), time + 8, LAST_ANSWER),
  );
  return items;
}

export const longHistoryThread: SampleThread = {
  thread: {
    id: THREAD_ID,
    object: 'chatkit.thread',
    created_at: T,
    title: 'Webhook deliveries failing for store #2231',
    status: { type: 'closed', reason: 'Resolved: merchant endpoint fixed' },
    user: 'ops-team@northwind-outfitters.example',
  } satisfies ChatKitThread,
  items: longHistoryItems(),
};
