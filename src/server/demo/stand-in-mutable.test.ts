import { describe, expect, it } from 'vitest';
import { sampleThreads } from './sample-threads';
import { createStandInApi } from './stand-in-api';

const LIVE = 'cthr_demo_live_chat';
const BETA = { 'openai-beta': 'chatkit_beta=v1' };

function newItem(id: string) {
  return {
    id,
    object: 'chatkit.thread_item',
    thread_id: LIVE,
    created_at: 1795101200,
    type: 'chatkit.user_message',
    content: [{ type: 'input_text', text: 'Found it behind the bins, thanks!' }],
    attachments: [],
    inference_options: null,
  };
}

function post(app: ReturnType<typeof createStandInApi>, path: string, body: unknown) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function itemIds(app: ReturnType<typeof createStandInApi>, query = 'order=asc&limit=100') {
  const res = await app.request(`/v1/chatkit/threads/${LIVE}/items?${query}`, { headers: BETA });
  const page = (await res.json()) as { data: { id: string }[]; has_more: boolean };
  return page.data.map((item) => item.id);
}

describe('stand-in test hook: POST /__test/threads/:id/items', () => {
  it('appends an item that the next tail page returns, without touching the shared samples', async () => {
    const app = createStandInApi({ mutable: true });
    const before = sampleThreads.find((s) => s.thread.id === LIVE)?.items.length;
    expect(await itemIds(app)).toEqual([
      'cthi_live_01',
      'cthi_live_02',
      'cthi_live_03',
      'cthi_live_04',
    ]);

    const res = await post(app, `/__test/threads/${LIVE}/items`, newItem('cthi_live_05'));
    expect(res.status).toBe(201);
    expect(await itemIds(app, 'order=asc&limit=100&after=cthi_live_04')).toEqual(['cthi_live_05']);
    expect(sampleThreads.find((s) => s.thread.id === LIVE)?.items.length).toBe(before);
    // Another stand-in (demo mode's) still has the original four.
    expect(await itemIds(createStandInApi())).toHaveLength(4);
  });

  it('refuses duplicates, unknown threads and bodies without an id', async () => {
    const app = createStandInApi({ mutable: true });
    expect((await post(app, `/__test/threads/${LIVE}/items`, newItem('cthi_live_01'))).status).toBe(
      409,
    );
    expect((await post(app, '/__test/threads/cthr_nope/items', newItem('x'))).status).toBe(404);
    expect((await post(app, `/__test/threads/${LIVE}/items`, { text: 'no id' })).status).toBe(400);
    expect(await itemIds(app)).toHaveLength(4);
  });

  it('still requires the key when one is configured', async () => {
    const app = createStandInApi({ mutable: true, apiKey: 'sk-test-k' });
    expect((await post(app, `/__test/threads/${LIVE}/items`, newItem('cthi_live_09'))).status).toBe(
      401,
    );
  });

  it('does not exist on the read-only stand-in that demo mode uses', async () => {
    const app = createStandInApi();
    const res = await post(app, `/__test/threads/${LIVE}/items`, newItem('cthi_live_05'));
    expect(res.status).toBe(404);
    expect(await itemIds(app)).toHaveLength(4);
  });
});
