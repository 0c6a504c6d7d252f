/** The search page's data: its scope and the labels of every facet value (src/lib/search-facets.ts). */
import { portal } from './portal.ts';
import type { SearchPageConfig } from '../lib/search-facets.ts';
import { unitTitle, unitTitleCapitalized } from '../lib/units.ts';

export async function searchPageConfig(unitSlug: string): Promise<SearchPageConfig> {
  const { tree, settings } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  return {
    unit: unitSlug,
    isRoot: unit === tree.root,
    unitTitle: unitTitle(unit),
    units: tree.all.map((u) => ({ value: u.slug, label: unitTitleCapitalized(u) })),
    categories: settings.categories.map((c) => ({ value: c.slug, label: c.name })),
  };
}
