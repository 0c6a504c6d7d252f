/**
 * What editors' Markdown may produce (issues #6, #12). CMS content is data, not code: raw HTML in it
 * is parsed, and the whole tree is then rebuilt by hast-util-sanitize from an allow-list (GitHub's
 * schema, narrowed below). Every node is judged, the children of an element that is unwrapped
 * included; an element not on the list gives way to its (sanitized) children, and code-like elements
 * go with everything inside them. Ids an editor writes are prefixed `user-content-` (as GitHub does)
 * so they cannot clobber the page's own ids or globals, and headings get prefixed ids from their
 * text; in-page links to either are rewritten to match.
 *
 * Runs as a Sätteri HAST plugin in Astro 7's Markdown pipeline (astro.config.mjs), after Markdown
 * has become HTML and before Astro marks images and collects the headings (keeping the ids given here).
 */
import { defineHastPlugin } from 'satteri';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import type { Element, Root, RootContent } from 'hast';

/**
 * Hosts an editor may embed. YouTube's privacy-enhanced domain sets no cookies until the reader
 * presses play; district and provincial television publish their reports there, and the public
 * CSP's frame-src lists exactly these hosts.
 */
export const IFRAME_HOSTS: readonly string[] = ['www.youtube-nocookie.com'];

/** Put before every id and name an editor writes, as GitHub does. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * The parser features the site renders Markdown with: raw HTML is parsed (then sanitized), GFM on,
 * footnotes labelled in Vietnamese. Footnote ids are left unprefixed here: the sanitizer prefixes
 * every id once, the footnotes' with the rest, so a footnote's link and its target always agree.
 */
export const MARKDOWN_FEATURES = {
  rawHtml: true,
  gfm: {
    footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ dẫn chú thích {reference}', backContent: '↩', clobberPrefix: '' },
  },
} as const;

/**
 * Removed together with everything inside them: code, or text that is not meant to be read. The
 * content check refuses a body that opens one of these and never closes it (src/lib/content-check.ts).
 */
export const STRIPPED_WITH_CONTENTS: readonly string[] = ['script', 'style', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'iframe'];

/** Attributes every kept element may carry. No name, tabindex, accesskey or form attributes. */
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir', 'align', 'alt', 'abbr', 'scope', 'headers', 'colSpan', 'rowSpan', 'dateTime', 'width', 'height', 'start', 'reversed', 'value', 'open', 'cite'];

/**
 * GitHub's schema (hast-util-sanitize's default), narrowed: no `picture`/`source` (images go through
 * Astro's pipeline), no form attributes anywhere; widened only by figure/caption elements editors use
 * for photos and tables, `tel:` links for phone numbers, and allow-listed video frames.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  strip: [...STRIPPED_WITH_CONTENTS],
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((t) => t !== 'picture' && t !== 'source'),
    'figure', 'figcaption', 'caption', 'mark', 'small', 'abbr', 'cite', 'u', 'iframe',
  ],
  // A checkbox only as GFM draws a task: disabled, inside a list item, with no name or value.
  ancestors: { ...defaultSchema.ancestors, input: ['li'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': GLOBAL_ATTRIBUTES,
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'ariaDescribedBy', 'ariaLabel'],
    iframe: ['src', 'title', 'allowFullScreen'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

export function isAllowedIframe(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && IFRAME_HOSTS.includes(url.host);
  } catch {
    return false;
  }
}

type Node = Root | RootContent;

function each(node: Node, fn: (el: Element) => void): void {
  if (node.type === 'element') fn(node);
  if ('children' in node) for (const child of node.children) each(child, fn);
}

/** A link's fragment as the browser compares it with ids: percent-decoded. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Children kept in place of elements `keep` refuses (a foreign video frame gives way to nothing). */
function filterElements(parent: Root | Element, keep: (el: Element) => boolean): void {
  parent.children = parent.children.filter((child) => child.type !== 'element' || keep(child)) as typeof parent.children;
  for (const child of parent.children) if (child.type === 'element') filterElements(child, keep);
}

/**
 * The safe tree of an editor's Markdown. Pure: takes a hast tree, returns a new one.
 * Footnote references and in-page links keep pointing at the prefixed ids.
 */
export function sanitizeTree(tree: Root): Root {
  const clean = sanitize(tree, SANITIZE_SCHEMA) as Root;
  // An id that already carried the prefix (a footnote, or an editor copying one) keeps it once, not twice.
  const twice = CLOBBER_PREFIX + CLOBBER_PREFIX;
  each(clean, (el) => {
    for (const key of ['id', 'ariaDescribedBy', 'ariaLabelledBy']) {
      const v = el.properties[key];
      if (typeof v === 'string' && v.startsWith(twice)) el.properties[key] = v.slice(CLOBBER_PREFIX.length);
    }
  });
  filterElements(clean, (el) => el.tagName !== 'iframe' || isAllowedIframe(String(el.properties?.src ?? '')));
  // Headings get their ids here, from their text as Astro would, but prefixed like the rest: an
  // editor's «Tin liên quan» heading must not take the id of the page's own related-news section.
  const slugger = new GithubSlugger();
  each(clean, (el) => {
    if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id !== 'string') el.properties.id = CLOBBER_PREFIX + slugger.slug(textOf(el));
  });
  const ids = new Set<string>();
  each(clean, (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  each(clean, (el) => {
    const p = el.properties;
    if (el.tagName === 'a' && typeof p.href === 'string') {
      const target = p.href.startsWith('#') ? decodeFragment(p.href.slice(1)) : undefined;
      if (target !== undefined && !ids.has(target) && ids.has(CLOBBER_PREFIX + target)) p.href = `#${CLOBBER_PREFIX}${p.href.slice(1)}`;
      if (/^https?:/i.test(p.href)) p.rel = ['noopener', 'noreferrer'];
    }
    if (el.tagName === 'iframe') p.loading = 'lazy';
    if (el.tagName === 'input') p.disabled = true;
  });
  wrapTables(clean, new Map());
  return clean;
}

/**
 * Every table of an editor's Markdown goes into a frame that scrolls sideways at 320 px instead of
 * widening the page (WCAG 1.4.10), focusable so a keyboard can scroll it, and a labelled section (a region) so a
 * screen reader says what the focused frame holds (issue 14; axe `scrollable-region-focusable`). Runs
 * after the sanitizer: the wrapper and its attributes are ours, the label is the table's own text.
 */
function wrapTables(parent: Root | Element, used: Map<string, number>): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName !== 'table') {
      wrapTables(child, used);
      return child;
    }
    // Two tables with the same headers get "(2)", "(3)"…: a page's regions need names of their own.
    const label = tableLabel(child);
    const seen = (used.get(label) ?? 0) + 1;
    used.set(label, seen);
    return {
      type: 'element',
      tagName: 'section',
      properties: { className: ['ctt-table-scroll'], tabIndex: 0, ariaLabel: seen === 1 ? label : `${label} (${seen})` },
      children: [child],
    } satisfies Element;
  }) as typeof parent.children;
}

/** «Bảng: <caption>» or, without a caption, «Bảng: <first row's headers>», kept short. */
function tableLabel(table: Element): string {
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  let text = caption ? textOf(caption) : '';
  if (!text) {
    const cells: string[] = [];
    each(table, (el) => {
      if (el.tagName === 'th' && cells.length < 4) cells.push(textOf(el).trim());
    });
    text = cells.filter(Boolean).join(', ');
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > 80) text = `${text.slice(0, 79)}…`;
  return text ? `Bảng: ${text}` : 'Bảng';
}

export const sanitizeMarkdownHtml = defineHastPlugin({
  name: 'portal-sanitize',
  after(root, ctx) {
    ctx.replaceNode(root, sanitizeTree(root as Root) as unknown as Parameters<typeof ctx.replaceNode>[1]);
  },
});

