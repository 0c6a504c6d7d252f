/**
 * Previews in the CMS that look like the site: they use the portal's stylesheet and the same
 * structure and classes as the public pages (news article, OCOP product, investment project), so an
 * editor sees what readers will see. Written with createElement to avoid a JSX toolchain for three
 * small templates.
 */
import { createElement as h, type ReactNode } from 'react';
import { OCOP_CATEGORIES } from '../src/schema/ocop.ts';
import { INVESTMENT_FORMS, PROJECT_SECTORS, PROJECT_STATUSES } from '../src/schema/projects.ts';
import { formatDateTime, formatDate } from '../src/lib/dates.ts';

/** What Decap passes to a preview template (the parts used here). */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
}

const field = (p: PreviewProps, ...path: string[]) => p.entry.getIn(['data', ...path]);
const text = (p: PreviewProps, ...path: string[]) => {
  const v = field(p, ...path);
  return v === undefined || v === null ? '' : String(v);
};
const date = (value: unknown, withTime: boolean) => {
  const d = value instanceof Date ? value : new Date(String(value ?? ''));
  return Number.isNaN(d.getTime()) ? '' : withTime ? formatDateTime(d) : formatDate(d);
};
const labelOf = (choices: readonly { value: string; label: string }[], value: string) => choices.find((c) => c.value === value)?.label ?? value;
/** Immutable lists from Decap, or plain arrays. */
const items = (value: unknown): Record<string, unknown>[] => {
  const v = value as { toJS?: () => unknown } | unknown[] | undefined;
  const plain = v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v;
  return Array.isArray(plain) ? (plain as Record<string, unknown>[]) : [];
};

const shell = (...children: ReactNode[]) => h('main', { className: 'ctt-wrap ctt-main ctt-preview' }, ...children);

export function NewsPreview(p: PreviewProps) {
  const image = field(p, 'image', 'src');
  return shell(
    h('h1', null, text(p, 'title')),
    h('p', { className: 'ctt-muted' }, date(field(p, 'published'), true), ' · ', text(p, 'author'), text(p, 'source') ? ` · Nguồn: ${text(p, 'source')}` : ''),
    text(p, 'correction', 'note') ? h('p', { className: 'ctt-preview-notice' }, h('strong', null, 'Đính chính: '), text(p, 'correction', 'note')) : null,
    h('p', null, h('strong', null, text(p, 'summary'))),
    image ? h('img', { src: p.getAsset(String(image))?.toString(), alt: text(p, 'image', 'alt') }) : null,
    h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
  );
}

export function OcopPreview(p: PreviewProps) {
  const stars = Number(field(p, 'stars') ?? 0);
  return shell(
    h('h1', null, text(p, 'title')),
    h('p', null, h('strong', null, `Sản phẩm OCOP ${stars} sao`), ` · ${labelOf(OCOP_CATEGORIES, text(p, 'category'))}`),
    h('p', { className: 'ctt-muted' }, `Quyết định ${text(p, 'decision')} ngày ${date(field(p, 'certified'), false)}`),
    h('div', { className: 'ctt-grid' }, ...items(field(p, 'images')).map((img) => h('img', { key: String(img.src), src: p.getAsset(String(img.src))?.toString(), alt: String(img.alt ?? '') }))),
    h('p', null, `${text(p, 'producer')} · ${text(p, 'address')} · ${text(p, 'phone')}`),
    h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
  );
}

export function ProjectPreview(p: PreviewProps) {
  const rows: [string, string][] = [
    ['Lĩnh vực', labelOf(PROJECT_SECTORS, text(p, 'sector'))],
    ['Tình trạng', labelOf(PROJECT_STATUSES, text(p, 'status'))],
    ['Hình thức đầu tư', labelOf(INVESTMENT_FORMS, text(p, 'form'))],
    ['Địa điểm', text(p, 'location', 'address')],
    ['Diện tích', `${text(p, 'area')} ha`],
    ['Tổng vốn đầu tư', `${text(p, 'capital')} tỷ đồng`],
  ];
  return shell(
    h('h1', null, text(p, 'title')),
    h('p', null, text(p, 'summary')),
    h('table', null, h('tbody', null, ...rows.map(([k, v]) => h('tr', { key: k }, h('th', { scope: 'row' }, k), h('td', null, v))))),
    h('h2', null, 'Ưu đãi đầu tư'),
    h('ul', null, ...items(field(p, 'incentives')).map((i, n) => h('li', { key: n }, String(i)))),
    h('div', { className: 'ctt-prose' }, p.widgetFor('body')),
  );
}
