import { render } from '@testing-library/react';
import * as markdownToJsx from 'markdown-to-jsx';
import { describe, expect, it, vi } from 'vitest';
import { asEntries, makeAssistantMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { CurrentMarkContext, FindFieldContext } from './find-mark-context';
import { compiledMarkdown } from './markdown-parse';
import { MarkdownText } from './markdown-text';
import { RowContext, type RowView } from './row-context';

vi.mock('markdown-to-jsx', async (importOriginal) => {
  const actual = await importOriginal<typeof markdownToJsx>();
  return { ...actual, compiler: vi.fn(actual.compiler) };
});

const parser = vi.mocked(markdownToJsx.compiler);

function renderRow(text: string, query: string) {
  const [entry] = toTranscriptEntries(asEntries([makeAssistantMessage()]));
  if (!entry) throw new Error('no entry');
  const view: RowView = { entry, threadId: 'cthr_t', query, target: false, current: false };
  return (
    <RowContext value={view}>
      <MarkdownText text={text} />
    </RowContext>
  );
}

function compile(text: string): void {
  void compiledMarkdown(text, '');
}

describe('MarkdownText compiling', () => {
  it('compiles a message once, whatever the find query, however often it remounts', () => {
    const text = 'Refund **A-1023** issued.\n\n```\nA-1023\n```';
    parser.mockClear();
    const view = render(renderRow(text, ''));
    view.rerender(renderRow(text, 'a-1023'));
    expect([...view.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'A-1023',
      'A-1023',
    ]);
    view.rerender(renderRow(text, ''));
    expect(view.container.querySelector('mark')).toBeNull();
    // A virtualized row scrolled out of view unmounts, then mounts again on the way back.
    view.unmount();
    const again = render(renderRow(text, 'a-1023'));
    expect(again.container.querySelectorAll('mark')).toHaveLength(2);
    again.rerender(renderRow(text, ''));
    expect(again.container.querySelector('strong')?.textContent).toBe('A-1023');
    again.rerender(renderRow(text, 'no such words'));
    again.rerender(renderRow(text, 'issued'));
    expect(again.container.querySelector('mark')?.textContent).toBe('issued');
    expect(parser).toHaveBeenCalledTimes(1);

    again.rerender(renderRow(`${text}\n\nMore.`, 'refund'));
    expect(again.container.querySelector('mark')?.textContent).toBe('Refund');
    expect(parser).toHaveBeenCalledTimes(2);
  });

  it('moves the current match from mark to mark without compiling again', () => {
    const text = 'A-1023 is **A-1023**; see `A-1023`.';
    parser.mockClear();
    const at = (n: number) => (
      <FindFieldContext value={2}>
        <CurrentMarkContext value={{ field: 2, n }}>{renderRow(text, 'a-1023')}</CurrentMarkContext>
      </FindFieldContext>
    );
    const view = render(at(0));
    for (const n of [1, 2, 0]) {
      view.rerender(at(n));
      const marks = [...view.container.querySelectorAll('mark')];
      expect(marks.map((mark) => mark.hasAttribute('data-current'))).toEqual(
        [0, 1, 2].map((index) => index === n),
      );
    }
    expect(view.container.querySelector('strong mark[data-current]')).toBeNull();
    expect(parser).toHaveBeenCalledTimes(1);
  });

  it('marks matches across formatting and in code, links and footnotes, never in our own words', () => {
    const text =
      'Refund [refund page](https://example.com/refund) `refund()`, ![refund](x.png)[^r]\n\n[^r]: Refund note';
    const { container } = render(renderRow(text, 'refund'));
    expect([...container.querySelectorAll('mark')].map((m) => m.parentElement?.tagName)).toEqual([
      'P',
      'A',
      'CODE',
      'P',
    ]);
    expect(container.textContent).toContain('[Image: refund]');
    expect(container.textContent).not.toContain('\uE000');
  });

  it('keeps a bounded number of parsed messages, dropping the least recently used', () => {
    compile('first message');
    parser.mockClear();
    for (let i = 0; i < 499; i++) compile(`filler ${String(i)}`);
    compile('first message');
    expect(parser).toHaveBeenCalledTimes(499);
    compile('one more');
    compile('filler 0');
    expect(parser).toHaveBeenCalledTimes(501);
    compile('first message');
    expect(parser).toHaveBeenCalledTimes(501);
  });

  it.each([
    ['unclosed links', '[a]('.repeat(5000)],
    ['unclosed images', '![a]('.repeat(5000)],
    ['deeply nested quotes', `${'> '.repeat(5000)}deep`],
  ])('renders %s as text, quickly', (_name, markdown) => {
    const started = performance.now();
    const { container } = render(renderRow(markdown, ''));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(container.textContent).toMatch(/a|deep/);
  });
});
