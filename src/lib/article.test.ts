import { describe, expect, it } from 'vitest';
import { newsArticleData, shareLinks } from './article.ts';

const url = 'https://hoanghoa.thanhhoa.gov.vn/xa/hoang-tien/tin-tuc/bai-a/';
const encoded = 'https%3A%2F%2Fhoanghoa.thanhhoa.gov.vn%2Fxa%2Fhoang-tien%2Ftin-tuc%2Fbai-a%2F';

describe('shareLinks', () => {
  const links = shareLinks(url, 'Lễ hội & hội thảo: 2023');
  it.each([
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${encoded}`],
    ['Zalo', `https://sp.zalo.me/share?url=${encoded}`],
    ['Thư điện tử', `mailto:?subject=L%E1%BB%85%20h%E1%BB%99i%20%26%20h%E1%BB%99i%20th%E1%BA%A3o%3A%202023&body=${encoded}`],
  ])('%s opens with the encoded absolute URL', (label, href) => {
    expect(links.find((l) => l.label === label)?.href).toBe(href);
  });
  it('says what each link does', () => {
    expect(links.map((l) => `${l.verb} ${l.label}`)).toEqual(['Chia sẻ lên Facebook', 'Chia sẻ qua Zalo', 'Gửi bài qua Thư điện tử']);
  });
});

describe('newsArticleData', () => {
  const facts = {
    headline: 'Tin a',
    description: 'Tóm tắt',
    published: new Date('2023-02-14T11:30:00+07:00'),
    author: 'Văn Tuấn',
    url,
    publisher: { name: 'Xã Hoằng Tiến', url: 'https://hoanghoa.thanhhoa.gov.vn/xa/hoang-tien/' },
  };
  it('describes the article with Vietnam-time dates and the unit as publisher', () => {
    expect(newsArticleData(facts)).toEqual({
      '@type': 'NewsArticle',
      headline: 'Tin a',
      description: 'Tóm tắt',
      inLanguage: 'vi',
      datePublished: '2023-02-14T11:30+07:00',
      dateModified: '2023-02-14T11:30+07:00',
      author: { '@type': 'Person', name: 'Văn Tuấn' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Xã Hoằng Tiến', url: 'https://hoanghoa.thanhhoa.gov.vn/xa/hoang-tien/' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
    });
  });
  it('uses the update time, image, section and keywords when given', () => {
    const data = newsArticleData({
      ...facts,
      updated: new Date('2023-02-14T16:45:00+07:00'),
      image: 'https://hoanghoa.thanhhoa.gov.vn/_astro/a.jpg',
      section: 'Kinh tế',
      keywords: ['OCOP', 'chợ 4.0'],
    });
    expect(data).toMatchObject({
      dateModified: '2023-02-14T16:45+07:00',
      image: ['https://hoanghoa.thanhhoa.gov.vn/_astro/a.jpg'],
      articleSection: 'Kinh tế',
      keywords: 'OCOP, chợ 4.0',
    });
  });
});
