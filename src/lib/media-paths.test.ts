import { describe, expect, it } from 'vitest';
import { documents, news, ocop } from '../schema/index.ts';
import { mediaValues, relativeMediaFixes } from './media-paths.ts';

describe('relativeMediaFixes', () => {
  it('gives a cover image uploaded in the CMS the "./" Astro needs', () => {
    expect(relativeMediaFixes(news.fields, { title: 'Tin', image: { src: 'images/anh-bai-bien.jpg', alt: 'Bãi biển' } })).toEqual([
      { path: ['image', 'src'], value: './images/anh-bai-bien.jpg' },
    ]);
  });

  it('fixes each photo of a gallery, and a document’s file', () => {
    const gallery = { images: [{ src: './images/a.jpg', alt: 'A' }, { src: 'images/b.jpg', alt: 'B' }] };
    expect(relativeMediaFixes(ocop.fields, gallery)).toEqual([{ path: ['images', 1, 'src'], value: './images/b.jpg' }]);
    expect(relativeMediaFixes(documents.fields, { file: 'files/qd-12.pdf' })).toEqual([{ path: ['file'], value: './files/qd-12.pdf' }]);
  });

  it('fixes images inside the body and leaves addresses and relative paths alone', () => {
    const body = 'Ảnh: ![Đoàn viên](images/a.jpg) và ![x](./images/b.jpg) ![y](https://example.vn/c.jpg) ![z](/d.jpg)';
    expect(relativeMediaFixes(news.fields, { body })).toEqual([
      { path: ['body'], value: 'Ảnh: ![Đoàn viên](./images/a.jpg) và ![x](./images/b.jpg) ![y](https://example.vn/c.jpg) ![z](/d.jpg)' },
    ]);
  });

  it('changes nothing in an entry stored as the sample content is', () => {
    expect(relativeMediaFixes(news.fields, { image: { src: './images/a.jpg', alt: 'A' }, body: 'Không có ảnh.' })).toEqual([]);
  });
});

describe('mediaValues', () => {
  it('finds media by the schema, not by the look of a value', () => {
    expect(mediaValues(news.fields, { author: 'images/not-media.jpg', image: { src: './images/a.jpg', alt: 'A' } })).toEqual([
      { path: ['image', 'src'], value: './images/a.jpg' },
    ]);
  });
});
