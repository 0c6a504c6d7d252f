import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { withinOriginal } from './image-service';

const photo = (width: number, height: number): ImageMetadata => ({ src: '/anh.jpg', width, height, format: 'jpg' });

describe('an image is never published larger than its original', () => {
  it('brings a 1,200 px request for a 600 × 450 photo down to 600 × 450', () => {
    expect(withinOriginal({ src: photo(600, 450), width: 1200, height: 900 })).toMatchObject({ width: 600, height: 450 });
  });

  it('keeps the requested aspect when only the width is too large', () => {
    expect(withinOriginal({ src: photo(1000, 1000), width: 2000, height: 500 })).toMatchObject({ width: 1000, height: 250 });
  });

  it('leaves a request within the original as it is', () => {
    expect(withinOriginal({ src: photo(4000, 3000), width: 1200, height: 900 })).toMatchObject({ width: 1200, height: 900 });
  });

  it('leaves remote images, whose size the transform does not carry, as they are', () => {
    expect(withinOriginal({ src: 'https://example.vn/anh.jpg', width: 1200 })).toMatchObject({ width: 1200 });
  });
});
