import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  itemsAnswer,
  makeAssistantMessage,
  makeThreadDetail,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { liveQueries } from '@/client/features/live/api/live-queries';
import type * as TranscriptItemModule from '@/client/features/transcript/components/items/transcript-item';
import { ThreadView } from './thread-view';

// Counts how often each item's content renders, by item key: the memoized row is the boundary
// that must hold when unrelated data arrives.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('@/client/features/transcript/components/items/transcript-item', async (importOriginal) => {
  const actual = await importOriginal<typeof TranscriptItemModule>();
  function CountedItem(props: Parameters<typeof actual.TranscriptItemView>[0]) {
    renders.set(props.entry.key, (renders.get(props.entry.key) ?? 0) + 1);
    return <actual.TranscriptItemView {...props} />;
  }
  return { TranscriptItemView: CountedItem };
});

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  renders.clear();
});

function thread(status: 'active' | 'closed') {
  return makeThreadDetail({
    id: 'cthr_renders',
    created_at: 1760531245,
    title: 'Render counts',
    status: status === 'active' ? { type: 'active' } : { type: 'closed', reason: null },
    user: 'agent@example.com',
  });
}

function messages(count: number) {
  return Array.from({ length: count }, (_, n) => {
    const text = `message ${String(n)}`;
    const id = `cthi_${String(n)}`;
    return n % 2 === 0
      ? makeUserMessage({ id, content: [{ type: 'input_text', text }] })
      : makeAssistantMessage({ id, content: [{ type: 'output_text', text, annotations: [] }] });
  });
}

/** Answers /api with `reply`; requests whose reply is a promise wait for it. */
function stubFetch(reply: (url: URL) => unknown) {
  const requests: URL[] = [];
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    requests.push(url);
    const body: unknown = await reply(url);
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return requests;
}

const snapshot = (keys: readonly string[]) => keys.map((key) => renders.get(key) ?? 0);
const keysOf = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `cthi_${String(from + i)}`);

describe('transcript rows re-render only when their own data changes', () => {
  it(
    'leaves every shown row alone when an earlier page of items arrives',
    { timeout: 15_000 },
    async () => {
      // A closed thread opens at its newest page (items 100–199); the page before it waits.
      const all = messages(200);
      let releaseOlderPage: () => void = () => undefined;
      const olderPage = new Promise<void>((resolve) => (releaseOlderPage = resolve));
      stubFetch(async (url) => {
        if (!url.pathname.endsWith('/items')) return thread('closed');
        if (url.searchParams.get('after')) await olderPage;
        return itemsAnswer(all, url).body;
      });
      renderWithProviders(<ThreadView threadId="cthr_renders" />);
      // Past the rows that stand in while the virtual list loads: the virtual list is showing. Its
      // code is a lazy import, which takes close to a second on a busy machine.
      expect(await screen.findByText('message 100', {}, { timeout: 5000 })).toBeTruthy();
      // The virtual list's rows carry their index; the stand-in rows do not.
      await waitFor(() => expect(document.querySelector('li[data-index]')).not.toBeNull(), {
        timeout: 5000,
      });
      // Its first row (item 100) opens the window with a day separator, which rightly goes once
      // the earlier items of the same day are above it; every other row must stay put.
      const newestPage = keysOf(101, 99).filter((key) => renders.has(key));
      const before = snapshot(newestPage);
      expect(before.length).toBeGreaterThan(0);

      // Find searches what is loaded and loads the rest in the background.
      await userEvent.type(screen.getByRole('searchbox', { name: 'Find in thread' }), 'zz');
      releaseOlderPage();
      expect(await screen.findByText('200 items', {}, { timeout: 5000 })).toBeTruthy();
      expect(snapshot(newestPage)).toEqual(before);
    },
  );

  it('leaves every row alone when a poll of an active thread returns unchanged data', async () => {
    const stored = messages(12);
    const requests = stubFetch((url) =>
      url.pathname.endsWith('/items') ? itemsAnswer(stored, url).body : thread('active'),
    );
    const { queryClient } = renderWithProviders(<ThreadView threadId="cthr_renders" />);
    expect(await screen.findByText('12 items')).toBeTruthy();
    const all = keysOf(0, 12);
    await waitFor(() => expect(snapshot(all).every((count) => count >= 1)).toBe(true));
    const before = snapshot(all);
    const requestsBefore = requests.length;

    // What the 15 s live poll does: re-read the thread and its tail; and, for good measure,
    // every other query of the thread (all its pages) too.
    // act() flushes the renders the refetches cause (isFetching flips even when data does not).
    await act(() =>
      queryClient.refetchQueries({
        queryKey: liveQueries.tail(
          'cthr_renders',
          threadQueries.window('cthr_renders', { kind: 'newest' }).queryKey,
        ).queryKey,
      }),
    );
    await act(() =>
      queryClient.refetchQueries({ queryKey: threadQueries.detail('cthr_renders').queryKey }),
    );
    expect(requests.length).toBeGreaterThan(requestsBefore + 1);
    expect(requests.some((url) => url.searchParams.get('after') === 'cthi_11')).toBe(true);
    expect(snapshot(all)).toEqual(before);
  });
});
