/** The whole portal's newest news, every unit's together, as RSS at /rss.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { portal } from '../data/portal.ts';
import { allNews, newsFeed, siteName } from '../data/news.ts';
import { unitTitle } from '../lib/units.ts';

export async function GET(context: APIContext) {
  const { tree } = await portal();
  const name = await siteName(tree.root.slug);
  return rss(
    await newsFeed({
      site: context.site!,
      home: '/',
      self: '/rss.xml',
      title: name,
      description: `Tin tức, sự kiện mới nhất của ${unitTitle(tree.root)} và các đơn vị trực thuộc.`,
      entries: await allNews(),
    }),
  );
}
