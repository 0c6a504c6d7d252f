/**
 * robots.txt: everything public may be crawled except the CMS, and search engines are told where the
 * machine site map is (compliance F3; the file @astrojs/sitemap writes).
 */
export function robotsTxt(site: URL | string): string {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  return ['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${sitemap}`, ''].join('\n');
}
