import type { ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker } from './sample-builders';
import type { SampleThread } from './sample-threads';

/**
 * The demo's realistic queue: a few thousand short support conversations spread over the last
 * 30 days (newer ones more often still active, a tenth of them locked with a reason an
 * escalation would carry), so the index, its filters, search and the dashboard have something
 * to show. Generated, not stored: the same count and day give the same threads, byte for byte.
 */

export const GENERATED_ID_PREFIX = 'cthr_demo_gen_';
const DAY = 86_400;
const SPREAD_DAYS = 30;

/** A small seeded generator (mulberry32): deterministic, and good enough for fixtures. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  const value = list[Math.floor(next() * list.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

const FIRST = [
  'amira',
  'ben',
  'carla',
  'dmitri',
  'elena',
  'farid',
  'grace',
  'hiro',
  'ines',
  'jonas',
  'kofi',
  'lena',
  'mateo',
  'nadia',
  'oscar',
  'priya',
  'quinn',
  'rosa',
  'samir',
  'tess',
  'ugo',
  'vera',
  'wen',
  'yusuf',
  'zoe',
] as const;
const LAST = [
  'adeyemi',
  'becker',
  'costa',
  'dubois',
  'eriksen',
  'fischer',
  'garcia',
  'haddad',
  'ito',
  'jansen',
  'kowalski',
  'larsen',
  'moreau',
  'novak',
  'okafor',
  'patel',
  'rossi',
  'silva',
  'tanaka',
  'vogel',
] as const;
const DOMAINS = ['example.com', 'example.org', 'example.net'] as const;
const PRODUCTS = [
  'oak desk',
  'linen sofa',
  'brass lamp',
  'wool rug',
  'standing mirror',
  'coffee grinder',
  'running shoes',
  'rain jacket',
  'phone case',
  'espresso cups',
] as const;
const PLANS = ['Basic', 'Plus', 'Family', 'Pro'] as const;

interface Topic {
  title: (facts: Facts) => string;
  ask: (facts: Facts) => string;
  answer: (facts: Facts) => string;
  /** Why a thread on this topic gets locked for a human. */
  lockReasons: readonly (string | null)[];
}

interface Facts {
  order: string;
  product: string;
  plan: string;
  amount: string;
}

const TOPICS: readonly Topic[] = [
  {
    title: (f) => `Refund for damaged ${f.product} on order ${f.order}`,
    ask: (f) =>
      `My ${f.product} arrived broken (order ${f.order}). I'd like a refund of ${f.amount}, photos attached in my first email.`,
    answer: (f) =>
      `I'm sorry the ${f.product} arrived damaged. I've opened a return for order **${f.order}**; the refund of ${f.amount} goes out once the carrier confirms pickup.`,
    lockReasons: ['Refund above the assistant’s limit', 'Escalated to billing'],
  },
  {
    title: (f) => `Charged twice for ${f.plan} subscription`,
    ask: (f) =>
      `I see two charges of ${f.amount} for my ${f.plan} plan this month. Please refund one.`,
    answer: () =>
      'I can see both payments. Duplicate charges need our billing team to reverse, so I’m passing this on with the details.',
    lockReasons: ['Escalated to billing', 'Escalated to billing', null],
  },
  {
    title: (f) => `Where is my order ${f.order}?`,
    ask: (f) => `Order ${f.order} was due on Monday and tracking hasn't moved in four days.`,
    answer: (f) =>
      `Tracking for **${f.order}** last updated at the regional hub. I've asked the carrier for a trace; you'll hear back within 48 hours.`,
    lockReasons: ['Carrier claim needs a human', 'Customer asked for a human'],
  },
  {
    title: () => 'Can’t log in after changing my email',
    ask: () =>
      'I changed my email address yesterday and now the login page says my account does not exist.',
    answer: () =>
      'Email changes take a few minutes to apply. I’ve sent a sign-in link to your new address; it expires in 30 minutes.',
    lockReasons: ['Possible account takeover: identity check', 'Customer asked for a human'],
  },
  {
    title: (f) => `Cancel ${f.plan} plan before renewal`,
    ask: (f) =>
      `Please cancel my ${f.plan} plan before it renews next week. I don't want to be charged ${f.amount} again.`,
    answer: (f) =>
      `Done: your ${f.plan} plan stays active until the end of this period and will not renew.`,
    lockReasons: ['Retention offer needs approval', null],
  },
  {
    title: () => 'Delete my account and all my data',
    ask: () => 'Under GDPR I want my account and every piece of data you hold about me deleted.',
    answer: () =>
      'I’ve recorded your erasure request. Our privacy team confirms deletions personally; they will reply within 30 days.',
    lockReasons: ['Legal request (GDPR)', 'Legal request (GDPR)'],
  },
  {
    title: (f) => `Promo code not applied to order ${f.order}`,
    ask: (f) =>
      `The code SPRING20 was accepted at checkout but the total for ${f.order} is still ${f.amount}.`,
    answer: () =>
      'The code applies to full-price items only, and two items in your basket were already reduced. I can offer free shipping instead.',
    lockReasons: ['Customer asked for a human', 'Abusive language'],
  },
  {
    title: (f) => `Warranty claim for ${f.product}`,
    ask: (f) =>
      `The ${f.product} I bought eight months ago stopped working. Is it still under warranty?`,
    answer: (f) =>
      `Yes: the ${f.product} has a two-year warranty. I’ve started a claim; please send a photo of the serial number.`,
    lockReasons: ['Warranty exception requested', null],
  },
  {
    title: () => 'Invoice shows the wrong VAT number',
    ask: () =>
      'Our company invoice lists an old VAT number. We need a corrected invoice for our accounts.',
    answer: () =>
      'Invoices can only be reissued by finance. I’ve sent them your new VAT number and the invoice reference.',
    lockReasons: ['Escalated to billing', 'Escalated to finance'],
  },
  {
    title: (f) => `Change delivery address for order ${f.order}`,
    ask: (f) => `I'm moving this week. Can order ${f.order} go to my new address instead?`,
    answer: (f) =>
      `Order **${f.order}** hasn't shipped yet, so I’ve updated the delivery address. You’ll get a new confirmation email.`,
    lockReasons: ['Possible fraud: payment review', 'Customer asked for a human'],
  },
];

const CLOSE_REASONS = [
  'Resolved by the assistant',
  'Resolved by the assistant',
  'Customer stopped replying',
  'Duplicate of another thread',
  null,
] as const;

/** Newer threads are more often still open; a tenth of all are locked for a human. */
function statusFor(next: () => number, ageDays: number, topic: Topic): ChatKitThread['status'] {
  const roll = next();
  if (roll < 0.1) return { type: 'locked', reason: pick(next, topic.lockReasons) };
  const activeShare = ageDays < 2 ? 0.7 : ageDays < 7 ? 0.25 : 0.05;
  if (roll < 0.1 + activeShare) return { type: 'active' };
  return { type: 'closed', reason: pick(next, CLOSE_REASONS) };
}

function generatedThread(index: number, newest: number): SampleThread {
  const next = random(index + 1);
  const id = `${GENERATED_ID_PREFIX}${String(index).padStart(5, '0')}`;
  // Older threads are rarer than new ones only a little: support volume is steady.
  const age = Math.floor(next() * (SPREAD_DAYS - 1) * DAY);
  const createdAt = newest - age;
  const topic = pick(next, TOPICS);
  const facts: Facts = {
    order: `${pick(next, ['A', 'B', 'C'])}-${String(1000 + Math.floor(next() * 9000))}`,
    product: pick(next, PRODUCTS),
    plan: pick(next, PLANS),
    amount: `€${String(10 + Math.floor(next() * 490))}.${String(Math.floor(next() * 90) + 10)}`,
  };
  const userIndex = Math.floor(next() * 600);
  const user = `${FIRST[userIndex % FIRST.length] ?? 'ana'}.${LAST[Math.floor(userIndex / FIRST.length) % LAST.length] ?? 'li'}@${DOMAINS[userIndex % DOMAINS.length] ?? 'example.com'}`;
  const status = statusFor(next, age / DAY, topic);

  const make = itemMaker(id);
  let time = createdAt;
  const later = () => (time += 5 + Math.floor(next() * 240));
  const items: ThreadItem[] = [
    make.user(`cthi_gen_${String(index)}_1`, time, topic.ask(facts)),
    make.assistant(`cthi_gen_${String(index)}_2`, later(), topic.answer(facts)),
  ];
  if (status.type === 'locked') {
    items.push(
      make.user(
        `cthi_gen_${String(index)}_3`,
        later(),
        'That doesn’t solve it. I want to talk to a person.',
      ),
      make.assistant(
        `cthi_gen_${String(index)}_4`,
        later(),
        'I’ve passed this conversation to our support team with everything above. A person will reply here.',
      ),
    );
  } else if (status.type === 'closed' && next() < 0.6) {
    items.push(make.user(`cthi_gen_${String(index)}_3`, later(), 'Thanks, that works for me.'));
  }

  return {
    thread: {
      id,
      object: 'chatkit.thread',
      created_at: createdAt,
      title: topic.title(facts),
      status,
      user,
    } satisfies ChatKitThread,
    items,
  };
}

/**
 * `count` generated threads, the newest about an hour before `nowSeconds`, the oldest up to 30
 * days before it (29, so all of them are inside a 30-day index window). `nowSeconds` is rounded down to the hour, so a restart within the hour serves
 * the same threads at the same times.
 */
export function generatedThreads(count: number, nowSeconds: number): SampleThread[] {
  const newest = nowSeconds - (nowSeconds % 3600) - 3600;
  return Array.from({ length: count }, (_, index) => generatedThread(index, newest));
}
