/** A unit's own news as RSS, at <unit>/tin-tuc/rss.xml (the root unit's at /tin-tuc/rss.xml). */
import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { unitPage, unitPaths } from '../../../data/portal.ts';
import { feedTitle, newsFeed, routes, unitNews } from '../../../data/news.ts';
import { unitTitle } from '../../../lib/units.ts';

export const getStaticPaths = unitPaths;

export async function GET(context: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const { unitSlug } = context.props;
  const { unit } = await unitPage(unitSlug);
  const r = await routes();
  return rss(
    await newsFeed({
      site: context.site!,
      home: r.archive(unitSlug),
      self: r.feed(unitSlug),
      title: await feedTitle(unitSlug),
      description: `Tin tức, sự kiện mới nhất của ${unitTitle(unit)}.`,
      entries: await unitNews(unitSlug),
    }),
  );
}
