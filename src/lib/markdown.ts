/**
 * What editors' Markdown may produce (issue #6). CMS content is data, not code: raw HTML in it is
 * parsed and cut down to the elements Markdown itself makes, with no script, style, forms or event
 * handlers, and no javascript:, data: or vbscript: addresses. Iframes are refused except video
 * players on an allow-list (IFRAME_HOSTS). Unknown elements are unwrapped: their text stays.
 *
 * Runs as a Sätteri HAST plugin, Astro 7's Markdown pipeline (astro.config.mjs).
 */
import { defineHastPlugin } from 'satteri';

/**
 * Hosts an editor may embed. YouTube's privacy-enhanced domain sets no cookies until the reader
 * presses play; district and provincial television publish their reports there, and the public
 * CSP's frame-src lists exactly these hosts.
 */
export const IFRAME_HOSTS: readonly string[] = ['www.youtube-nocookie.com'];

/** Removed together with everything inside them. */
const DROP = new Set([
  'script', 'style', 'object', 'embed', 'applet', 'form', 'button', 'textarea', 'select', 'option',
  'link', 'meta', 'base', 'template', 'noscript', 'frame', 'frameset', 'svg', 'math', 'canvas',
  'audio', 'video', 'source', 'track', 'title', 'head', 'portal', 'dialog',
]);

const GLOBAL_ATTRS = ['title', 'lang', 'dir', 'className'];

/** Elements kept, with the attributes each may carry (besides GLOBAL_ATTRS). */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], div: [], span: [], section: [],
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  strong: [], em: [], b: [], i: [], u: [], s: [], del: [], ins: [], sub: [], sup: [], mark: [], small: [],
  code: [], pre: [], kbd: [], samp: [], var: [], blockquote: ['cite'], q: ['cite'], cite: [], abbr: [],
  ul: [], ol: ['start', 'reversed'], li: ['value', 'id'], dl: [], dt: [], dd: [],
  a: ['href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  table: [], thead: [], tbody: [], tfoot: [], tr: [], caption: [],
  th: ['align', 'colSpan', 'rowSpan', 'scope'], td: ['align', 'colSpan', 'rowSpan'],
  figure: [], figcaption: [], details: ['open'], summary: [],
  // GFM task lists render disabled checkboxes.
  input: ['type', 'checked', 'disabled'],
  iframe: ['src', 'width', 'height', 'allowFullScreen'],
};

const URL_ATTRS = new Set(['href', 'src', 'cite']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Whether an address is safe to keep: relative, an anchor, or one of the safe schemes. */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do the same.
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

export function isAllowedIframe(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && IFRAME_HOSTS.includes(url.host);
  } catch {
    return false;
  }
}

export const sanitizeMarkdownHtml = defineHastPlugin({
  name: 'portal-sanitize',
  element: {
    filter: [],
    visit(node, ctx) {
      const tag = node.tagName.toLowerCase();
      const props = (node.properties ?? {}) as Record<string, unknown>;
      if (DROP.has(tag) || (tag === 'iframe' && !isAllowedIframe(String(props.src ?? '')))) {
        ctx.removeNode(node);
        return;
      }
      const allowed = ALLOWED[tag];
      if (!allowed) {
        ctx.replaceNode(node, [...node.children]);
        return;
      }
      for (const [key, value] of Object.entries(props)) {
        const keep =
          (allowed.includes(key) || GLOBAL_ATTRS.includes(key)) &&
          !(URL_ATTRS.has(key) && !isSafeUrl(String(value))) &&
          !(tag === 'img' && key === 'src' && /^\s*data:/i.test(String(value)));
        if (!keep) ctx.setProperty(node, key, undefined);
      }
      if (tag === 'input') {
        if (props.type !== 'checkbox') ctx.removeNode(node);
        else ctx.setProperty(node, 'disabled', true);
      }
      if (tag === 'iframe') ctx.setProperty(node, 'loading', 'lazy');
      if (tag === 'a' && /^https?:/i.test(String(props.href ?? ''))) ctx.setProperty(node, 'rel', 'noopener noreferrer');
    },
  },
  raw(node, ctx) {
    // With rawHtml parsing on there are no raw nodes; if one appears, it is not trusted.
    ctx.removeNode(node);
  },
});
