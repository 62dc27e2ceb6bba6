import { describe, expect, it } from 'vitest';
import { attachmentKindLabel, thumbnailSrc } from './attachment-preview';

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

describe('thumbnailSrc', () => {
  const https = 'https://files.example.com/p.png';

  it.each(['image/png', 'image/jpeg', 'IMAGE/WEBP', 'image/gif; charset=binary'])(
    'loads %j previews over https',
    (mime) => {
      expect(thumbnailSrc({ mime_type: mime, preview_url: https })).toBe(https);
    },
  );

  it.each([
    ['image/svg+xml', https],
    ['text/html', https],
    ['', https],
    ['image/png', 'http://files.example.com/p.png'],
    ['image/png', 'data:image/png;base64,AAAA'],
    ['image/png', 'javascript:alert(1)'],
    ['image/png', null],
  ])('refuses %j from %j', (mime, url) => {
    expect(thumbnailSrc({ mime_type: mime, preview_url: url })).toBeUndefined();
  });
});
