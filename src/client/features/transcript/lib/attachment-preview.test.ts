import { describe, expect, it } from 'vitest';
import { attachmentKindLabel, isApprovedHost, previewPlan } from './attachment-preview';

describe('attachmentKindLabel', () => {
  it.each([
    ['image', 'Image'],
    ['file', 'File'],
    ['audio', 'Attachment'],
    ['', 'Attachment'],
  ])('labels %j as %j', (type, label) => {
    expect(attachmentKindLabel(type)).toBe(label);
  });
});

describe('previewPlan', () => {
  const origin = 'https://threadline.example';
  const approved = ['files.example.com', '*.cdn.example.net'];
  const plan = (mime: string, url: string | null, hosts = approved) =>
    previewPlan({ mime_type: mime, preview_url: url }, hosts, origin);

  it.each(['image/png', 'image/jpeg', 'IMAGE/WEBP', 'image/gif; charset=binary'])(
    'loads %j previews from an approved host at once',
    (mime) => {
      const src = 'https://files.example.com/p.png';
      expect(plan(mime, src)).toEqual({ kind: 'load', src });
    },
  );

  it('loads from subdomains of a wildcard host, not from the bare domain', () => {
    expect(plan('image/png', 'https://eu.cdn.example.net/p.png').kind).toBe('load');
    expect(plan('image/png', 'https://cdn.example.net/p.png')).toEqual({
      kind: 'ask',
      host: 'cdn.example.net',
    });
  });

  it('leaves any other host to the agent, naming the host it would contact', () => {
    expect(plan('image/png', 'https://tracker.example/p.png?thread=cthr_x')).toEqual({
      kind: 'ask',
      host: 'tracker.example',
    });
    expect(plan('image/png', 'https://files.example.com.evil.example/p.png')).toEqual({
      kind: 'ask',
      host: 'files.example.com.evil.example',
    });
    expect(plan('image/png', 'https://files.example.com/p.png', [])).toMatchObject({
      kind: 'ask',
    });
    expect(plan('image/png', 'http://files.example.com/p.png')).toEqual({
      kind: 'ask',
      host: 'files.example.com',
    });
  });

  it('loads raster previews from Threadline itself (the demo serves its own)', () => {
    expect(plan('image/png', '/demo-previews/box.png', [])).toEqual({
      kind: 'load',
      src: 'https://threadline.example/demo-previews/box.png',
    });
    expect(plan('image/png', 'https://threadline.example/x.png', [])).toMatchObject({
      kind: 'load',
    });
  });

  it.each([
    ['image/svg+xml', 'https://files.example.com/p.svg', 'ask'],
    ['text/html', 'https://files.example.com/p.html', 'ask'],
    ['image/svg+xml', '/demo-previews/label.svg', 'none'],
    ['image/png', '//evil.example/p.png', 'none'],
    ['image/png', '/\\evil.example/p.png', 'none'],
    ['image/png', 'data:image/png;base64,AAAA', 'none'],
    ['image/png', 'javascript:alert(1)', 'none'],
    ['image/png', null, 'none'],
    ['image/png', '', 'none'],
  ])('never loads %j from %j (%s)', (mime, url, kind) => {
    expect(plan(mime, url).kind).toBe(kind);
  });
});

describe('isApprovedHost', () => {
  it('matches names case-insensitively and wildcards by suffix only', () => {
    expect(isApprovedHost('FILES.example.com', ['files.example.com'])).toBe(true);
    expect(isApprovedHost('a.b.cdn.example.net', ['*.cdn.example.net'])).toBe(true);
    expect(isApprovedHost('evilcdn.example.net', ['*.cdn.example.net'])).toBe(false);
  });
});
