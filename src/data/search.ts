/** The search page's data: its scope and the labels of every facet value (src/lib/search-facets.ts). */
import { portal } from './portal.ts';
import type { SearchPageConfig } from '../lib/search-facets.ts';
import { unitPath, unitTitle, unitTitleCapitalized } from '../lib/units.ts';
import { foldedWords } from '../lib/search-vocabulary.ts';

export async function searchPageConfig(unitSlug: string, lang: SearchPageConfig['lang'] = 'vi'): Promise<SearchPageConfig> {
  const { tree, settings } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  return {
    unit: unitSlug,
    isRoot: unit === tree.root,
    unitTitle: unitTitle(unit),
    units: tree.all.map((u) => ({ value: u.slug, label: unitTitleCapitalized(u) })),
    categories: settings.categories.map((c) => ({ value: c.slug, label: c.name })),
    lang,
    // A unit's name typed alone ("hoang tien", "thi tran but son") asks for that unit: its introduction.
    introductions: lang === 'vi'
      ? tree.all.map((u) => ({ names: [u.name, unitTitle(u)].map((n) => foldedWords(n).join(' ')), href: unitPath(tree, u.slug, 'gioi-thieu') }))
      : [],
  };
}
