import { describe, expect, it } from 'vitest';
import { externalRel } from './links.ts';

describe('externalRel', () => {
  it.each([
    ['https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=1.009994', 'noopener noreferrer'],
    ['HTTP://postmart.vn/', 'noopener noreferrer'],
    [' https://voso.vn', 'noopener noreferrer'],
    ['/xa/hoang-tien/hoi-dap/', undefined],
    ['#cau-hoi', undefined],
    ['tel:02373865100', undefined],
    ['mailto:ubnd@hoanghoa.thanhhoa.gov.vn', undefined],
    [undefined, undefined],
  ])('%j → %j', (href, rel) => expect(externalRel(href)).toBe(rel));
});
