/**
 * One built page → one Pagefind record, without touching the disk. Records are made from the built
 * HTML rather than from `data-pagefind-*` attributes in templates, so no page template needs to know
 * about search: the title is the page's h1, the text is what <main> shows the reader (minus
 * breadcrumbs, related links, sharing and other chrome), and the filters come from the address.
 *
 * The HTML is scanned with one regular expression over its tags instead of a DOM parser: the portal's
 * pages are well-formed Astro output, and this keeps indexing fast at 20,000 pages (DESIGN.md §6).
 */
import type { CustomRecord } from 'pagefind';
import { ON, filterKey, searchTarget, type FacetKey, type IsItem } from '../../lib/search-facets.ts';
import { markForIndex } from '../../lib/search-fold.ts';
import { DATE_SORT } from '../../lib/search-state.ts';
import { DATED_FILTER } from '../../lib/search-archive.ts';

export interface ExtractedPage {
  /** Text of the first h1 inside <main>. */
  title: string;
  /** Readable text of <main>, whitespace collapsed. */
  text: string;
  /** datetime of the first <time> in that text, if any. */
  datetime?: string;
  /** Category slug of the first link to a news category page inside <main> (the breadcrumb's, on an article). */
  newsCategory?: string;
}

/** Elements whose content is not the page's text: navigation, chrome, forms, embedded code and media. */
const SKIPPED = new Set([
  'nav', 'aside', 'form', 'button', 'select', 'textarea', 'template', 'noscript', 'svg', 'math',
  'iframe', 'object', 'video', 'audio', 'canvas', 'dialog',
]);
/** Raw-text elements: their content is skipped without looking for tags inside. */
const RAW = new Set(['script', 'style']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Inline elements join the text around them without a space ("Hoằng <b>Hóa</b>", "m<sup>2</sup>"). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * Attributes that take an element out of the text: hidden content, the `ctt-no-print` chrome the
 * portal's components mark (breadcrumbs, related news, share links), and Pagefind's own opt-out.
 */
const SKIP_ATTRIBUTES = /(?:^|\s)(?:hidden|data-pagefind-ignore)(?:[\s=]|$)|aria-hidden\s*=\s*["']?true|class\s*=\s*["'][^"']*\bctt-no-print\b/i;

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const DATETIME = /\sdatetime\s*=\s*["']([^"']+)["']/i;
const NEWS_CATEGORY = /\shref="[^"]*\/tin-tuc\/chuyen-muc\/([a-z0-9-]+)\/"/;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Addresses in the text (a printed article URL, a portal link) are not words readers search for. */
const URLS = /\b(?:https?:\/\/|www\.)\S+/g;

const clean = (s: string) => decodeEntities(s).replace(URLS, ' ').replace(/\s+/g, ' ').trim();

/** The searchable parts of a page, or undefined when it has no <main>. */
export function extractPage(html: string): ExtractedPage | undefined {
  const parts: string[] = [];
  const title: string[] = [];
  /** Open elements inside <main>; empty until <main> opens. */
  const stack: string[] = [];
  /** Depth of the stack at the outermost skipped element, or -1 while text is kept. */
  let skipAt = -1;
  let titleAt = -1;
  let titleDone = false;
  let datetime: string | undefined;
  let mainStart = -1;
  let mainEnd = html.length;
  let at = 0;

  const text = (s: string) => {
    if (stack.length === 0 || skipAt !== -1 || !s) return;
    parts.push(s);
    if (titleAt !== -1) title.push(s);
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    text(html.slice(at, m.index));
    at = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    const attrs = m[3] ?? '';
    if (RAW.has(name) && !m[1]) {
      // Script and style content is not markup: "<main>" inside a script is not the page's main.
      const end = html.indexOf(`</${name}`, at);
      at = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
      TAG.lastIndex = at;
      continue;
    }
    if (stack.length === 0) {
      if (name === 'main' && !m[1]) {
        stack.push(name);
        mainStart = m.index;
      }
      continue;
    }
    if (!INLINE.has(name)) text(' ');

    if (m[1]) {
      const i = stack.lastIndexOf(name);
      if (i === -1) continue;
      stack.length = i;
      if (stack.length === 0) {
        mainEnd = TAG.lastIndex;
        break;
      }
      if (skipAt !== -1 && stack.length <= skipAt) skipAt = -1;
      if (titleAt !== -1 && stack.length <= titleAt) {
        titleAt = -1;
        titleDone = true;
      }
      continue;
    }
    if (VOID.has(name) || attrs.endsWith('/')) continue;
    if (skipAt === -1 && (SKIPPED.has(name) || SKIP_ATTRIBUTES.test(attrs))) skipAt = stack.length;
    if (skipAt === -1) {
      if (name === 'time' && datetime === undefined) datetime = attrs.match(DATETIME)?.[1];
      if (name === 'h1' && !titleDone && titleAt === -1) titleAt = stack.length;
    }
    stack.push(name);
  }
  if (mainStart === -1) return undefined;
  if (stack.length > 0) text(html.slice(at));

  return {
    title: clean(title.join('')),
    text: clean(parts.join('')),
    datetime,
    newsCategory: html.slice(mainStart, mainEnd).match(NEWS_CATEGORY)?.[1],
  };
}

/**
 * "2023-03-15T10:00+07:00" → date "2023-03-15", year "2023", sort key "466354": hours since 1970 in
 * Vietnam's time. Pagefind reads numeric sort keys as 32-bit floats, exact only up to 16,777,216: a
 * yyyymmddhhmm key lost about eleven days of precision and put 05/09 before 06/09; hours stay exact
 * until the year 3883.
 */
export function dateParts(datetime: string | undefined): { date: string; year: string; sort: string } | undefined {
  const m = datetime?.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00'] = m;
  const hours = Math.floor(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 3_600_000);
  return { date: `${y}-${mo}-${d}`, year: y!, sort: String(hours) };
}

export interface RecordContext {
  /** Slug of the root unit, the unit of every page outside /xa/<slug>/. */
  rootUnit: string;
  /** Which items exist in the content, to tell an item's page from a listing (search-facets.ts). */
  isItem?: IsItem;
}

/**
 * The Pagefind record of a built page, or undefined when the page is not indexed (search-facets.ts
 * decides which) or has no text. Text and title are marked for đ folding (search-fold.ts); every
 * page gets a date sort key (0 when undated) so sorting by date keeps all results.
 */
export function searchRecord(route: string, html: string, ctx: RecordContext): CustomRecord | undefined {
  const target = searchTarget(route, ctx.rootUnit, ctx.isItem);
  if (!target) return undefined;
  const page = extractPage(html);
  if (!page || !page.text) return undefined;
  const when = dateParts(page.datetime);
  const values: [FacetKey, string | undefined][] = [
    ['section', target.section],
    ['unit', target.unit],
    ['year', when?.year],
    ['category', target.section === 'tin-tuc' ? page.newsCategory : undefined],
  ];
  const filters: Record<string, string[]> = {};
  for (const [facet, value] of values) if (value) filters[filterKey(facet, value)] = [ON];
  if (when) filters[DATED_FILTER] = [ON];
  const meta: Record<string, string> = { title: markForIndex(page.title || page.text.slice(0, 80)) };
  if (when) meta.date = when.date;
  return {
    url: route,
    content: markForIndex(page.text),
    language: 'vi',
    meta,
    filters,
    sort: { [DATE_SORT]: when?.sort ?? '0' },
  };
}
