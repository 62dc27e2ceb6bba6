import { describe, expect, it } from 'vitest';
import { markdownToPlain } from './markdown-plain';

describe('markdownToPlain', () => {
  it('drops emphasis, strikethrough and inline code markup', () => {
    expect(markdownToPlain('**Refund** of *$42* is __done__, _really_ ~~not~~ `RF-1`')).toBe(
      'Refund of $42 is done, really not RF-1',
    );
  });

  it('leaves snake_case, arithmetic and escaped markup alone', () => {
    expect(markdownToPlain('order_id and 2 * 3 * 4, \\*not bold\\*')).toBe(
      'order_id and 2 * 3 * 4, *not bold*',
    );
  });

  it('writes links and images as text with their address', () => {
    expect(markdownToPlain('See [the policy](https://example.com/refunds "Refunds").')).toBe(
      'See the policy (https://example.com/refunds).',
    );
    expect(markdownToPlain('[https://a.example](https://a.example) <https://b.example>')).toBe(
      'https://a.example https://b.example',
    );
    expect(markdownToPlain('![receipt](https://img.example/r.png)')).toBe(
      'receipt (https://img.example/r.png)',
    );
  });

  it('flattens headings, quotes, lists and rules', () => {
    const text = [
      '## Next steps ##',
      '> quoted',
      '- one',
      '  * two',
      '1. three',
      '---',
      '- [x] done',
    ];
    expect(markdownToPlain(text.join('\n'))).toBe(
      ['Next steps', 'quoted', '• one', '  • two', '1. three', '', '☑ done'].join('\n'),
    );
  });

  it('drops code fences and keeps their lines as written', () => {
    expect(markdownToPlain('Run:\n```json\n{"a": "**b\\*"}\n```\nDone')).toBe(
      'Run:\n{"a": "**b\\*"}\nDone',
    );
  });

  it('keeps bold markers inside code spans as text', () => {
    expect(markdownToPlain('Type `**` twice')).toBe('Type ** twice');
  });
});
