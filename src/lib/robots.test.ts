import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it.each([
    ['https://hoanghoa.thanhhoa.gov.vn', 'https://hoanghoa.thanhhoa.gov.vn/sitemap-index.xml'],
    ['https://thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/sitemap-index.xml'],
  ])('on %s points to %s and keeps crawlers out of the CMS', (site, sitemap) => {
    const txt = robotsTxt(site);
    expect(txt.split('\n')).toContain(`Sitemap: ${sitemap}`);
    expect(txt).toMatch(/^User-agent: \*\nDisallow: \/admin\/\n/);
  });
});
