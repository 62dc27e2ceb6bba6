import { describe, expect, it } from 'vitest';
import { isThreadId } from '@/shared/thread-id';
import { createStandInApi } from './stand-in-api';
import { GENERATED_ID_PREFIX, generatedThreads } from './sample-threads-generated';

const NOW = 1_796_000_000;
const DAY = 86_400;

interface Thread {
  id: string;
  created_at: number;
  title: string;
  user: string;
  status: { type: string; reason?: string | null };
}

const threadsOf = (count: number, now = NOW) =>
  generatedThreads(count, now).map((sample) => sample.thread as unknown as Thread);

describe('generatedThreads', () => {
  it('gives the same threads for the same count and hour', () => {
    expect(generatedThreads(50, NOW)).toEqual(generatedThreads(50, NOW + 60));
    expect(threadsOf(3).map((t) => t.id)).toEqual([
      `${GENERATED_ID_PREFIX}00000`,
      `${GENERATED_ID_PREFIX}00001`,
      `${GENERATED_ID_PREFIX}00002`,
    ]);
  });

  it('spreads valid, distinct threads over the last 30 days, none in the future', () => {
    const threads = threadsOf(3000);
    expect(new Set(threads.map((t) => t.id)).size).toBe(3000);
    expect(threads.every((t) => isThreadId(t.id))).toBe(true);
    const ages = threads.map((t) => (NOW - t.created_at) / DAY);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(31);
    // Every week of the window has threads.
    for (let week = 0; week < 4; week++)
      expect(ages.some((age) => age >= week * 7 && age < (week + 1) * 7)).toBe(true);
  });

  it('looks like a support queue: about a tenth locked, with reasons, and repeat customers', () => {
    const threads = threadsOf(3000);
    const locked = threads.filter((t) => t.status.type === 'locked');
    expect(locked.length / threads.length).toBeGreaterThan(0.07);
    expect(locked.length / threads.length).toBeLessThan(0.13);
    const reasons = new Set(locked.map((t) => t.status.reason ?? null));
    expect(reasons.size).toBeGreaterThan(8);
    expect(reasons.has(null)).toBe(true);
    expect(threads.some((t) => t.status.type === 'active')).toBe(true);
    expect(threads.some((t) => t.status.type === 'closed')).toBe(true);
    expect(new Set(threads.map((t) => t.user)).size).toBeLessThan(threads.length / 3);
  });

  it('is served by the stand-in like any thread, with items after its creation', async () => {
    const samples = generatedThreads(120, NOW);
    const api = createStandInApi({ threads: samples });
    const headers = { 'OpenAI-Beta': 'chatkit_beta=v1' };
    const list = await api.request('/v1/chatkit/threads?limit=100&order=desc', { headers });
    const page = (await list.json()) as { data: Thread[]; has_more: boolean };
    expect(page.data).toHaveLength(100);
    expect(page.has_more).toBe(true);
    const first = page.data[0];
    if (!first) throw new Error('no thread');
    const items = await api.request(`/v1/chatkit/threads/${first.id}/items?order=asc`, { headers });
    const body = (await items.json()) as { data: { created_at: number; type: string }[] };
    expect(body.data.length).toBeGreaterThanOrEqual(2);
    expect(body.data[0]?.type).toBe('chatkit.user_message');
    expect(body.data.every((item) => item.created_at >= first.created_at)).toBe(true);
  });
});
