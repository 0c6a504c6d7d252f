/**
 * One built page → one search record, without touching the disk. Records are made from the built
 * HTML rather than from `data-pagefind-*` attributes in templates, so no page template needs to know
 * about search: the title is the page's own (its og:title, else its h1), the text is what <main>
 * shows the reader (minus breadcrumbs, related links, sharing and other chrome), and the filters
 * come from the address.
 *
 * The page is read with parse5, the HTML parser browsers follow, so text is cut where a browser
 * would cut it (issue 15): every block element starts a new block, and two elements side by side
 * with nothing between them (`<span class="name">Phạm Văn Tuấn</span><span class="role">Thành
 * viên</span>`, laid out as two lines) are two words apart, while "m<sup>2</sup>" stays one word.
 *
 * Pagefind then gets a small HTML document of its own per page (recordHtml): the title as the h1,
 * each heading as a heading and each other block as a paragraph, so Pagefind's heading weights
 * rank a leader's name (an h2 on the leaders page) above a passing mention, and each language
 * (`<html lang>`) goes to its own index.
 */
import { news } from '../../schema/sections.ts';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { filterKey, searchTarget, ON, type FacetKey, type IsItem } from '../../lib/search-facets.ts';
import { markForIndex } from '../../lib/search-fold.ts';
import { foldedWords } from '../../lib/search-vocabulary.ts';
import { DATE_SORT } from '../../lib/search-state.ts';
import { DATED_FILTER } from '../../lib/search-archive.ts';
import { escapeHtml } from '../../lib/safe-html.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Block {
  /** 1–6 for a heading, 0 for any other block. */
  level: number;
  text: string;
}

export interface ExtractedPage {
  /** `<html lang>`, "vi" when missing. */
  lang: string;
  /** The page's title: its og:title, else the text of the first h1 inside <main>. */
  title: string;
  /** The title, then the readable text of <main>, whitespace collapsed: the blocks joined by spaces. */
  text: string;
  /** The text after the title cut into blocks, headings marked; a block repeating the title or an earlier block is left out. */
  blocks: Block[];
  /** datetime of the first <time> in that text, if any. */
  datetime?: string;
  /** Category slug of the first link to a news category page inside <main> (the breadcrumb's, on an article). */
  newsCategory?: string;
}

/** Elements whose content is not the page's text: navigation, chrome, forms, embedded code and media. */
const SKIPPED = new Set([
  'nav', 'aside', 'form', 'button', 'select', 'textarea', 'template', 'noscript', 'svg', 'math',
  'iframe', 'object', 'video', 'audio', 'canvas', 'dialog', 'script', 'style',
]);
/** Inline elements join the text around them ("Hoằng <b>Hóa</b>", "m<sup>2</sup>"); every other element is a block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const HEADING = /^h([1-6])$/;

/**
 * Classes that take an element out of the text: the `ctt-no-print` chrome the portal's components
 * mark (breadcrumbs, related news, share links), `ctt-visually-hidden` text, which repeats for
 * screen readers what the page shows next to it (a link's "Nộp hồ sơ trực tuyến: <title>"), and
 * `ctt-no-index`, for what a component shows but no one searches (a procedure's "file online" link).
 */
const SKIPPED_CLASSES = ['ctt-no-print', 'ctt-visually-hidden', 'ctt-no-index'];

const NEWS_CATEGORY = /\/tin-tuc\/chuyen-muc\/([a-z0-9-]+)\/$/;

/** Addresses in the text (a printed article URL, a portal link) are not words readers search for. */
const URLS = /\b(?:https?:\/\/|www\.)\S+/g;

const clean = (s: string) => s.replace(URLS, ' ').replace(/\s+/g, ' ').trim();

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is Element => 'tagName' in n;

function skipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'data-pagefind-ignore') !== undefined) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const classes = attr(el, 'class')?.split(/\s+/) ?? [];
  return SKIPPED_CLASSES.some((c) => classes.includes(c));
}

/** The <main> element's markup, looked for after <body>, so "<main>" in a head script is not it. */
const MAIN = /<main\b[\s\S]*<\/main\s*>/i;
const BODY = /<body\b/i;
const mainMarkup = (html: string) => {
  const body = html.search(BODY);
  return (body === -1 ? html : html.slice(body)).match(MAIN)?.[0];
};
const HTML_LANG = /<html\b[^>]*\slang\s*=\s*["']?([a-zA-Z-]+)/i;
const OG_TITLE = /<meta\s+property="og:title"\s+content="([^"]*)"/i;
const decode = (s: string) => {
  const p = parseFragment(`<p title="${s}"></p>`).childNodes[0] as Element;
  return attr(p, 'title') ?? s;
};

/**
 * The searchable parts of a page, or undefined when it has no <main>. Only <main> is parsed, which
 * halves the work at 20,000 pages; the language and og:title are read from the tags Astro writes.
 */
export function extractPage(html: string): ExtractedPage | undefined {
  const markup = mainMarkup(html);
  if (!markup) return undefined;
  const main = parseFragment(markup).childNodes.find((n): n is Element => isElement(n) && n.tagName === 'main');
  if (!main) return undefined;
  const head = html.slice(0, Math.max(0, html.search(BODY)));
  const og = head.match(OG_TITLE)?.[1];
  const lang = html.match(HTML_LANG)?.[1];

  const blocks: Block[] = [];
  let current: string[] = [];
  let level = 0;
  let h1: string | undefined;
  let datetime: string | undefined;
  let newsCategory: string | undefined;

  const flush = () => {
    const text = clean(current.join(''));
    current = [];
    if (text) blocks.push({ level, text });
    level = 0;
  };

  const walk = (node: Node, keep: boolean) => {
    if (node.nodeName === '#text') {
      if (keep) current.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!isElement(node)) return;
    const name = node.tagName;
    if (name === 'a' && !newsCategory) newsCategory = attr(node, 'href')?.match(NEWS_CATEGORY)?.[1];
    const on = keep && !skipped(node);
    if (on && name === 'time' && datetime === undefined) datetime = attr(node, 'datetime');
    const heading = HEADING.exec(name);
    const block = !INLINE.has(name);
    if (on && block) flush();
    if (on && heading) level = Number(heading[1]);
    if (on && name === 'br') current.push(' ');
    let previous: Node | undefined;
    for (const child of node.childNodes) {
      // Two elements side by side, nothing between: a word boundary, as each is its own box on screen.
      if (on && previous && isElement(previous) && isElement(child)) current.push(' ');
      walk(child, on);
      previous = child;
    }
    if (on && heading && name === 'h1' && h1 === undefined) h1 = clean(current.join(''));
    if (on && block) flush();
  };
  walk(main, true);
  flush();

  // A block the page repeats (a second "Nộp hồ sơ trực tuyến" button, a repeated note) is said once.
  const title = clean((og !== undefined ? decode(og) : undefined) ?? h1 ?? '');
  // The title is said once, as the title: an h1 repeating it is left out of the text.
  const seen = new Set<string>([title.toLowerCase()]);
  const unique = blocks.filter((b) => {
    const key = b.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    lang: lang?.toLowerCase().split('-')[0] || 'vi',
    title,
    text: [title, ...unique.map((b) => b.text)].filter(Boolean).join(' '),
    blocks: unique,
    datetime,
    newsCategory,
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
  /** Each unit's name and title ("Hoằng Tiến", "xã Hoằng Tiến"), by slug. */
  units?: Record<string, { name: string; title: string }>;
}

/** What the index holds of one page: Pagefind gets it as recordHtml(record). */
export interface SearchRecord {
  url: string;
  language: string;
  /** Title and text as the reader reads them (not yet marked for đ folding). */
  title: string;
  blocks: Block[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The search record of a built page, or undefined when the page is not indexed (search-facets.ts
 * decides which) or has no text. Only an item of a dated collection (news, documents, questions)
 * has a date, its own: the first date its page shows; other pages list other items' dates (a
 * section page lists its latest news, a product its certification date) and stay undated. Every
 * page gets a date sort key (0 when undated) so sorting by date keeps all results.
 */
export function searchRecord(route: string, html: string, ctx: RecordContext): SearchRecord | undefined {
  const target = searchTarget(route, ctx.rootUnit, ctx.isItem);
  if (!target) return undefined;
  const page = extractPage(html);
  if (!page || !page.text) return undefined;
  const when = target.dated ? dateParts(page.datetime) : undefined;
  const values: [FacetKey, string | undefined][] = [
    ['section', target.section],
    ['unit', target.unit],
    ['year', when?.year],
    ['category', target.section === news.segment ? page.newsCategory : undefined],
  ];
  const filters: Record<string, string[]> = {};
  for (const [facet, value] of values) if (value) filters[filterKey(facet, value)] = [ON];
  if (when) filters[DATED_FILTER] = [ON];
  const meta: Record<string, string> = {};
  if (when) meta.date = when.date;
  return {
    url: route,
    language: page.lang,
    title: ownTitle(page.title || page.text.slice(0, 80), target.section === 'trang' && page.lang === 'vi' ? ctx.units?.[target.unit] : undefined),
    blocks: page.blocks,
    meta,
    filters,
    sort: { [DATE_SORT]: when?.sort ?? '0' },
  };
}

/**
 * Every unit has pages called "Lãnh đạo", "Liên hệ", "Cơ cấu tổ chức": their title names the unit
 * when it does not already ("Lãnh đạo – xã Hoằng Tiến"), so a result says whose page it is and
 * "chu tich xa hoang tien" finds Hoằng Tiến's leaders (issue 15).
 */
function ownTitle(title: string, unit: { name: string; title: string } | undefined): string {
  if (!unit || foldedWords(title).join(' ').includes(foldedWords(unit.name).join(' '))) return title;
  return `${title} – ${unit.title}`;
}

const FIRST_DATETIME = /<time\b[^>]*\sdatetime\s*=\s*["']([^"']+)["']/i;

/**
 * The unit and date sort key searchRecord would give the page ("0" when undated), or undefined when
 * the page is not indexed, without parsing it: the indexer's first pass over a large portal only
 * needs these to split it into the recent index, the archive and the communes' own indexes. An
 * item's first <time> is its own date.
 */
export function searchPlace(route: string, html: string, ctx: RecordContext): { unit: string; key: string } | undefined {
  const target = searchTarget(route, ctx.rootUnit, ctx.isItem);
  if (!target) return undefined;
  const key = target.dated ? (dateParts(mainMarkup(html)?.match(FIRST_DATETIME)?.[1])?.sort ?? '0') : '0';
  return { unit: target.unit, key };
}

/**
 * The HTML document Pagefind indexes for a record: meta, filters and sort in <head>, the title as
 * h1 (Pagefind's title), then the blocks, text marked for đ folding (search-fold.ts).
 */
export function recordHtml(record: SearchRecord): string {
  const head: string[] = [];
  const tag = (kind: 'meta' | 'filter' | 'sort', key: string, value: string) =>
    head.push(`<meta data-pagefind-${kind}="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`);
  for (const [k, v] of Object.entries(record.meta)) tag('meta', k, v);
  for (const [k, values] of Object.entries(record.filters)) for (const v of values) tag('filter', k, v);
  for (const [k, v] of Object.entries(record.sort)) tag('sort', k, v);
  const title = record.title;
  const body = record.blocks
    .map((b) => {
      const name = b.level >= 1 ? `h${Math.max(2, b.level)}` : 'p';
      return `<${name}>${escapeHtml(markForIndex(b.text))}</${name}>`;
    });
  return `<!doctype html><html lang="${escapeHtml(record.language)}"><head>${head.join('')}</head><body>`
    + `<h1 data-pagefind-meta="title">${escapeHtml(markForIndex(title))}</h1>${body.join('')}</body></html>`;
}
