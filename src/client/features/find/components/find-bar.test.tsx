import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FindState } from '../hooks/use-find';
import { noMatches, type FindResult } from '@/client/lib/text-match';
import { FindBar } from './find-bar';

function findState(overrides: Partial<FindState> = {}): FindState {
  const result: FindResult = {
    matches: [
      { index: 0, key: 'a', occurrence: 0 },
      { index: 2, key: 'b', occurrence: 0 },
    ],
    keys: new Set(['a', 'b']),
  };
  return {
    input: 'a-1023',
    setInput: vi.fn(),
    query: 'a-1023',
    result,
    index: 0,
    current: result.matches[0],
    next: vi.fn(),
    previous: vi.fn(),
    ...overrides,
  };
}

const complete = {
  loaded: 12,
  complete: true,
  hasOlder: false,
  hasNewer: false,
  loading: false,
  truncated: false,
};

describe('FindBar', () => {
  it('shows "n of N" and steps with Enter and Shift+Enter', () => {
    const find = findState();
    render(<FindBar find={find} progress={complete} inputRef={null} />);
    expect(screen.getByRole('status').textContent).toBe('1 of 2');
    const box = screen.getByRole('searchbox', { name: 'Find in thread' });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(find.next).toHaveBeenCalledTimes(1);
    expect(find.previous).toHaveBeenCalledTimes(1);
  });

  it('says the search covers loaded items only while pages are still coming', () => {
    render(
      <FindBar
        find={findState()}
        progress={{ ...complete, loaded: 2400, complete: false, hasOlder: true, loading: true }}
        inputRef={null}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      '1 of 2 · 2 matches in the 2,400 items loaded so far — searching the rest…',
    );
  });

  it('disables stepping without matches', () => {
    render(
      <FindBar
        find={findState({ result: noMatches, index: -1, current: undefined })}
        progress={complete}
        inputRef={null}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('No matches');
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true);
  });
});

describe('FindBar: Escape', () => {
  it('leaves the box for the current match, keeping the query', () => {
    const find = findState({ index: 1, current: { index: 2, key: 'b', occurrence: 0 } });
    const onLeave = vi.fn();
    render(<FindBar find={find} progress={complete} inputRef={null} onLeave={onLeave} />);
    const box = screen.getByRole('searchbox', { name: 'Find in thread' });
    box.focus();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onLeave).toHaveBeenCalledWith('b');
    expect(document.activeElement).not.toBe(box);
    expect(find.setInput).not.toHaveBeenCalled();
  });

  it('leaves for the transcript when there is no current match', () => {
    const onLeave = vi.fn();
    render(
      <FindBar
        find={findState({ result: noMatches, index: -1, current: undefined })}
        progress={complete}
        inputRef={null}
        onLeave={onLeave}
      />,
    );
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Find in thread' }), {
      key: 'Escape',
    });
    expect(onLeave).toHaveBeenCalledWith(null);
  });
});

describe('FindBar: Enter while the search catches up with typing', () => {
  it('steps once the search for what was typed has landed', () => {
    const typing = findState({ input: 'a-1023', query: 'a-10' });
    const { rerender } = render(<FindBar find={typing} progress={complete} inputRef={null} />);
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Find in thread' }), {
      key: 'Enter',
    });
    expect(typing.next).not.toHaveBeenCalled();
    const landed = findState();
    rerender(<FindBar find={landed} progress={complete} inputRef={null} />);
    expect(landed.next).toHaveBeenCalledTimes(1);
    rerender(<FindBar find={landed} progress={complete} inputRef={null} />);
    expect(landed.next).toHaveBeenCalledTimes(1);
  });

  it('steps once for every Enter pressed before the search landed, in order', () => {
    const typing = findState({ input: 'refund', query: 'refu' });
    const { rerender } = render(<FindBar find={typing} progress={complete} inputRef={null} />);
    const box = screen.getByRole('searchbox', { name: 'Find in thread' });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    const order: string[] = [];
    const landed = findState({
      next: vi.fn(() => order.push('next')),
      previous: vi.fn(() => order.push('previous')),
    });
    rerender(<FindBar find={landed} progress={complete} inputRef={null} />);
    expect(order).toEqual(['next', 'next', 'previous']);
  });
});
