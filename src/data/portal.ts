/**
 * Reads the content collections once per build and hands pages what src/lib computes from them:
 * the unit tree, settings, and each unit's entries. Pages and components get data from here only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildUnitTree, unitPath, type UnitTree } from '../lib/units.ts';
import { listedUnits } from '../lib/reorganisation.ts';
import { buildTime } from '../lib/build-time.ts';
import { digestOf, keyWriter } from '../lib/cache-key.ts';
import { contentDir } from '../lib/content-dir.ts';
import { LISTED_COLLECTIONS, siteInputs, type ListedCollection, type SiteInputs } from './cache-key.ts';
import { satisfactionFile } from './satisfaction.ts';

/** The moment this build describes (src/lib/build-time.ts): every date-dependent state is as of it. */
export const BUILT_AT = buildTime();

export type Unit = CollectionEntry<'units'>['data'] & { slug: string };
export type Settings = CollectionEntry<'settings'>['data'];

export interface Portal {
  tree: UnitTree<Unit>;
  settings: Settings;
}

let cached: Promise<Portal> | undefined;

async function load(): Promise<Portal> {
  const entries = await getCollection('units');
  const units: Unit[] = entries.map((e) => ({ ...e.data, slug: e.id }));
  const { tree, problems } = buildUnitTree(units);
  if (!tree) throw new Error(problems.join('\n'));
  const [settings] = await getCollection('settings');
  if (!settings) throw new Error('content/settings/site.yml is missing');
  return { tree, settings: settings.data };
}

/**
 * Remembers what `compute` returns for each key for the rest of the build: a unit's many pages read
 * the same lists, and computing them per page makes a build slow down as the site grows. The dev
 * server computes afresh, so editors see what they saved.
 */
export function perBuild<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (import.meta.env.DEV) return compute(key);
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

export function portal(): Promise<Portal> {
  cached ??= load();
  return cached;
}

let inputs: SiteInputs | undefined;

/**
 * Which of the listed collections (news, documents, questions, sections' entries: src/data/cache-key.ts) a page shows
 * beyond its own props: all of a collection ('all'), or what its unit's listings hold ('unit': the
 * unit's folder and its predecessors', src/lib/reorganisation.ts listedUnits), or none (left out).
 * Left out altogether, a page shows everything: a route narrows its paths' keys only when its page,
 * layout and components read no more than it says (the data modules that read the listed
 * collections are news.ts, documents.ts, questions.ts and digital.ts).
 */
export type Shows = Partial<Record<ListedCollection, 'all' | 'unit'>>;
const SHOWS_EVERYTHING: Shows = Object.fromEntries(LISTED_COLLECTIONS.map((c) => [c, 'all']));

export interface KeyOptions {
  /** `false` leaves the paths without a key, so they are always rendered (endpoints that copy files: a copy costs what a cached copy would). */
  cache?: boolean;
  shows?: Shows;
}

/** A path, with what else its page shows that neither its props nor its `shows` capture (e.g. the related articles' fields). */
export type KeyedPath<P = object, Props = object> = { params: P; props: Props; keyAlso?: unknown };

/**
 * Gives each path its `cacheKey` for Astro's incremental build: the site-wide frame, the listed
 * collections the page shows (src/data/cache-key.ts), the path's own params and props and its
 * `keyAlso`. A page is copied from the last build only when its key and its route's code are both
 * unchanged.
 */
export async function withCacheKeys<T extends KeyedPath>(paths: T[], opts: KeyOptions = {}): Promise<(Omit<T, 'keyAlso'> & { cacheKey?: string })[]> {
  const bare = paths.map(({ keyAlso: _, ...p }) => p);
  if (opts.cache === false) return bare;
  const { tree, settings } = await portal();
  const site = (inputs ??= siteInputs({ contentDir: contentDir(), satisfactionFile: satisfactionFile(), builtAt: BUILT_AT, outageEnds: settings.outage?.to }));
  const shows = Object.entries(opts.shows ?? SHOWS_EVERYTHING) as [ListedCollection, 'all' | 'unit'][];
  const text = keyWriter();
  return paths.map((p, i) => {
    const unitSlug = (p.props as { unitSlug?: unknown }).unitSlug;
    const listed = shows.map(([c, scope]) => {
      if (scope === 'all') return `${c}:${site.listed(c)}`;
      if (typeof unitSlug !== 'string') throw new Error(`withCacheKeys: a page showing its unit's ${c} needs a unitSlug prop`);
      return listedUnits(tree.graph, unitSlug).map((u) => `${c}/${u}:${site.listed(c, u)}`).join(' ');
    });
    return { ...bare[i]!, cacheKey: digestOf(site.frame, ...listed.sort(), text(p.params), text(p.props), text(p.keyAlso)) };
  });
}

/** getStaticPaths for a route that exists once per unit: `[...unit]` is undefined for the root, "xa/<slug>" otherwise. */
export async function unitPaths(opts: KeyOptions = {}) {
  const { tree } = await portal();
  return withCacheKeys(
    tree.all.map((u) => ({
      params: { unit: u === tree.root ? undefined : `xa/${u.slug}` },
      props: { unitSlug: u.slug },
    })),
    opts,
  );
}

/** getStaticPaths of a unit's page that lists no news, documents nor questions (its layout included): they re-render only when the frame does. */
export const listsNoEntriesPaths = () => unitPaths({ shows: {} });

/**
 * What a page of one unit starts from: the unit, whether it is the root, a link builder inside its
 * sub-site (as linker), and the tree and settings for the rest.
 */
export async function unitPage(unitSlug: string) {
  const { tree, settings } = await portal();
  const unit = tree.bySlug.get(unitSlug);
  if (!unit) throw new Error(`no unit "${unitSlug}" in content/units/`);
  const link = (...segments: string[]) => unitPath(tree, unitSlug, ...segments);
  return { tree, settings, unit, isRoot: unit === tree.root, link };
}

/** Builds a site path inside a unit's sub-site. */
export async function linker(unitSlug: string) {
  const { tree } = await portal();
  return (...segments: string[]) => unitPath(tree, unitSlug, ...segments);
}

type PerUnit = 'news' | 'pages' | 'documents' | 'procedures' | 'projects' | 'ocop' | 'indicators' | 'questions' | 'schedule' | 'departments' | 'teams';

/** A unit's entries of one type; the slug is the file name inside the unit's folder. */
export async function entriesOf<C extends PerUnit>(collection: C, unitSlug?: string) {
  const all = await getCollection(collection, (e) => unitSlug === undefined || e.data.unit === unitSlug);
  return all.map((e) => ({ ...e, slug: e.id.split('/').pop()! }));
}

/**
 * getStaticPaths for a route below a unit's base, e.g. `[...unit]/tin-tuc/[slug].astro`: `make` lists
 * the unit's own params and props, and the unit param and `unitSlug` prop are added.
 */
export async function perUnitPaths<P extends Record<string, string | undefined>, Props extends object>(
  make: (unit: Unit, tree: UnitTree<Unit>) => Promise<KeyedPath<P, Props>[]> | KeyedPath<P, Props>[],
  opts: KeyOptions = {},
) {
  const { tree } = await portal();
  const out: KeyedPath<P & { unit: string | undefined }, Props & { unitSlug: string }>[] = [];
  for (const u of tree.all) {
    for (const { params, props, keyAlso } of await make(u, tree)) {
      out.push({ params: { ...params, unit: u === tree.root ? undefined : `xa/${u.slug}` }, props: { ...props, unitSlug: u.slug }, keyAlso });
    }
  }
  return withCacheKeys(out, opts);
}
