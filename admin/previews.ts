/**
 * Previews in the CMS that look like the site: they use the portal's stylesheet and the same
 * structure and classes as the public pages, and show values as readers see them (labels, not
 * stored values; Vietnamese dates), through src/lib/field-display.ts. News, OCOP products and
 * investment projects have their page's layout; every other type gets `entryPreview`, laid out from
 * its schema. Written with createElement to avoid a JSX toolchain for a few small templates.
 */
import { createElement as h, type ReactNode } from 'react';
import type { ContentType } from '../src/schema/define.ts';
import type { Field, Fields } from '../src/schema/fields.ts';
import { news, ocop, projects } from '../src/schema/index.ts';
import { displayValue, type DisplayNames } from '../src/lib/field-display.ts';

/** What Decap passes to a preview template (the parts used here). */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
}

/** Immutable values from Decap, as plain ones. */
const plain = (v: unknown): unknown => (v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v);
const data = (p: PreviewProps) => (plain(p.entry.getIn(['data'])) ?? {}) as Record<string, unknown>;
const items = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

export function previews(names: DisplayNames) {
  const show = (f: Field | undefined, value: unknown) => (f ? displayValue(f, value, names) : String(value ?? ''));
  const shell = (...children: ReactNode[]) => h('main', { className: 'ctt-wrap ctt-main ctt-preview' }, ...children);
  const image = (p: PreviewProps, src: unknown, alt: unknown, key?: string) =>
    src ? h('img', { key, src: p.getAsset(String(src))?.toString(), alt: String(alt ?? '') }) : null;

  /** Rows of a definition table: each non-empty field by its label; groups as «Nhóm › Trường». */
  function rows(fields: Fields, values: Record<string, unknown>, skip: readonly string[], prefix = ''): [string, string][] {
    const out: [string, string][] = [];
    for (const [name, f] of Object.entries(fields)) {
      const value = values[name];
      if (skip.includes(name) || f.kind === 'markdown' || f.kind === 'image' || value === undefined || value === null || value === '') continue;
      const label = `${prefix}${f.label}`;
      if (f.kind === 'object' && f.children) out.push(...rows(f.children, value as Record<string, unknown>, [], `${label} › `));
      else if (f.kind === 'list' && f.children) items(value).forEach((item, i) => out.push(...rows(f.children!, item, [], `${label} › mục ${i + 1} › `)));
      else out.push([label, show(f, value)]);
    }
    return out.filter(([, v]) => v !== '');
  }

  const table = (list: [string, string][]) =>
    h('table', null, h('tbody', null, ...list.map(([k, v]) => h('tr', { key: k }, h('th', { scope: 'row' }, k), h('td', null, v)))));

  /** Images anywhere in an entry's top-level fields (a cover, a gallery). */
  const images = (p: PreviewProps, fields: Fields, values: Record<string, unknown>) =>
    Object.entries(fields).flatMap(([name, f]) => {
      if (f.kind !== 'object' && f.kind !== 'list') return [];
      if (f.children?.src?.kind !== 'image') return [];
      const list = f.kind === 'list' ? items(values[name]) : values[name] ? [values[name] as Record<string, unknown>] : [];
      return list.map((img, i) => image(p, img.src, img.alt, `${name}-${i}`));
    });

  /** Any content type, laid out from its schema: the title, its fields as a table, its images, the body. */
  function entryPreview(type: ContentType) {
    // A document is named by its number in lists, but its page's heading is its title (trích yếu).
    const heading = 'title' in type.fields ? 'title' : type.identifier;
    return (p: PreviewProps) => {
      const values = data(p);
      return shell(
        h('h1', null, show(type.fields[heading], values[heading])),
        table(rows(type.fields, values, [heading])),
        h('div', { className: 'ctt-grid' }, ...images(p, type.fields, values)),
        'body' in type.fields ? h('div', { className: 'ctt-prose' }, p.widgetFor('body')) : null,
      );
    };
  }

  function NewsPreview(p: PreviewProps) {
    const v = data(p);
    const f = news.fields;
    const cover = v.image as { src?: string; alt?: string } | undefined;
    const correction = v.correction as { note?: string } | undefined;
    return shell(
      h('h1', null, String(v.title ?? '')),
      h('p', { className: 'ctt-muted' }, [show(f.published, v.published), show(f.author, v.author), show(f.category, v.category), v.source ? `Nguồn: ${show(f.source, v.source)}` : ''].filter(Boolean).join(' · ')),
      correction?.note ? h('p', { className: 'ctt-preview-notice' }, h('strong', null, 'Đính chính: '), correction.note) : null,
      h('p', null, h('strong', null, String(v.summary ?? ''))),
      image(p, cover?.src, cover?.alt),
      h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
    );
  }

  function OcopPreview(p: PreviewProps) {
    const v = data(p);
    const f = ocop.fields;
    return shell(
      h('h1', null, String(v.title ?? '')),
      h('p', null, h('strong', null, `Sản phẩm OCOP ${show(f.stars, v.stars)} sao`), ` · ${show(f.category, v.category)}`),
      h('p', { className: 'ctt-muted' }, `Quyết định ${show(f.decision, v.decision)} ngày ${show(f.certified, v.certified)}`),
      h('div', { className: 'ctt-grid' }, ...images(p, f, v)),
      h('p', null, [v.producer, v.address, v.phone].filter(Boolean).map(String).join(' · ')),
      h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
    );
  }

  function ProjectPreview(p: PreviewProps) {
    const v = data(p);
    return shell(
      h('h1', null, String(v.title ?? '')),
      h('p', null, String(v.summary ?? '')),
      table(rows(projects.fields, v, ['title', 'summary', 'incentives', 'en', 'unit'])),
      h('h2', null, projects.fields.incentives.label),
      h('ul', null, ...items(v.incentives).map((i, n) => h('li', { key: n }, String(i)))),
      h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
    );
  }

  return { entryPreview, special: { news: NewsPreview, ocop: OcopPreview, projects: ProjectPreview } as Record<string, (p: PreviewProps) => ReactNode> };
}
