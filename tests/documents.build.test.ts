/**
 * The documents section as built (compliance I5, I12, F14): every unit's list, its filter pages
 * listing exactly the matching documents, detail pages with all metadata, files that download as
 * the very bytes editors uploaded, and the drafts page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SAMPLE_BUILD_TIME } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { slugify } from '../src/lib/slug.ts';
import { attr, base, content, ddmmyyyy, entries, hrefs, units } from './sections/source.ts';

const dir = inject('siteDir');

interface Doc {
  slug: string;
  number: string;
  title: string;
  type: string;
  issuer: string;
  signer: string;
  domain: string;
  issued: Date;
  effective?: Date;
  expires?: Date;
  commentsUntil?: Date;
  file: string;
}

const docsOf = (unit: string) => entries<Doc>('documents', unit);
const unitsWithDocs = units.filter((u) => docsOf(u.slug).length > 0).map((u) => u.slug);
// The day the sample portal is built as of, in Vietnam: the day its states are decided on.
const today = SAMPLE_BUILD_TIME.slice(0, 10);

/** The detail links in the tables of a list, following its "next page" links. */
function listed(route: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = route; at; ) {
    const html = page(dir, at);
    const table = html.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
    out.push(...hrefs(table));
    at = html.match(/<a href="([^"]+)" rel="next"/)?.[1];
  }
  return out;
}

const FACETS: [string, (d: Doc) => string][] = [
  ['loai', (d) => d.type],
  ['nam', (d) => String(d.issued.getUTCFullYear())],
  ['co-quan', (d) => slugify(d.issuer)],
  ['linh-vuc', (d) => slugify(d.domain)],
];

describe.each(units.map((u) => [u.slug]))('the sections of %s', (slug) => {
  it.each(['van-ban', 'van-ban/du-thao', 'dich-vu-cong', 'hoi-dap', 'lich-cong-tac'])('include /%s/ with one h1', (section) => {
    const html = page(dir, `${base(slug)}${section}/`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

describe.each(unitsWithDocs.map((u) => [u]))('the documents of %s', (slug) => {
  const docs = docsOf(slug);
  const root = `${base(slug)}van-ban/`;
  const detail = (d: Doc) => `${root}${d.slug}/`;

  it('are all listed, newest first, in a table with a caption and column headers', () => {
    const html = page(dir, root);
    expect(html).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
    for (const col of ['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Loại văn bản', 'Cơ quan ban hành', 'Hiệu lực']) {
      expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${col}</th>`));
    }
    const links = listed(root);
    expect(new Set(links)).toEqual(new Set(docs.map(detail)));
    const issued = links.map((l) => docs.find((d) => detail(d) === l)!.issued.getTime());
    expect(issued).toEqual([...issued].sort((a, b) => b - a));
  });

  it('show each row’s number, issue date, type, issuer and whether it is in force, expired ones included (F14)', () => {
    const html = page(dir, root);
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).filter((r) => r.includes('href='));
    for (const d of docs) {
      const row = rows.find((r) => hrefs(r).includes(detail(d)));
      expect(row, d.slug).toBeDefined();
      const cells = text(row!);
      expect(cells).toContain(d.number);
      expect(cells).toContain(ddmmyyyy(d.issued));
      expect(cells).toContain(d.issuer);
      const expired = d.type !== 'du-thao' && d.expires && d.expires.toISOString().slice(0, 10) < today;
      if (expired) expect(cells).toContain('Hết hiệu lực');
      if (d.type !== 'du-thao' && !expired && (!d.effective || d.effective.toISOString().slice(0, 10) <= today)) expect(cells).toContain('Còn hiệu lực');
    }
  });

  describe.each(FACETS)('filtered by %s', (segment, valueOf) => {
    const values = [...new Set(docs.map(valueOf))];

    it('has a page for each value with documents, and no other', () => {
      const built = readdirSync(join(dir, root, segment)).sort();
      expect(built).toEqual([...values].sort());
    });

    it.each(values.map((v) => [v]))('lists exactly the matching documents on /%s/', (value) => {
      const route = `${root}${segment}/${value}/`;
      expect(new Set(listed(route))).toEqual(new Set(docs.filter((d) => valueOf(d) === value).map(detail)));
      expect(listed(route)).toHaveLength(docs.filter((d) => valueOf(d) === value).length);
    });

    it.each(values.map((v) => [v]))('marks /%s/ current in the filter navigation, with its count', (value) => {
      const html = page(dir, `${root}${segment}/${value}/`);
      const nav = html.match(/<nav[^>]*class="filters"[\s\S]*?<\/nav>/)![0];
      const current = [...nav.matchAll(/<a href="([^"]+)"[^>]*aria-current="page"[^>]*>([\s\S]*?)<\/a>/g)];
      expect(current.map((m) => attr(m[1]!))).toEqual([`${root}${segment}/${value}/`]);
      expect(text(current[0]![2]!)).toMatch(new RegExp(`\\(${docs.filter((d) => valueOf(d) === value).length} văn bản\\s*\\)`));
    });
  });

  it.each(docs.map((d) => [d.slug, d]))('%s has a page with all its metadata and its file to download', (_, d) => {
    const html = page(dir, detail(d));
    const dl = text(html.match(/<dl[\s\S]*?<\/dl>/)![0]);
    for (const value of [d.number, d.issuer, d.signer, d.domain, ddmmyyyy(d.issued)]) expect(dl).toContain(value);
    for (const term of ['Số, ký hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Người ký', 'Ngày ban hành', 'Ngày hiệu lực', 'Ngày hết hiệu lực', 'Lĩnh vực']) {
      expect(dl).toContain(term);
    }
    if (d.expires) expect(dl).toContain(ddmmyyyy(d.expires));

    const download = html.match(/<a href="([^"]+)"[^>]*>(Tải văn bản \([^)]*\))<\/a>/);
    expect(download, 'download link').not.toBeNull();
    expect(download![2]).toMatch(/^Tải văn bản \(PDF, \d+ (B|KB|MB)\)$/);
    const built = join(dir, decodeURIComponent(attr(download![1]!)));
    expect(existsSync(built), download![1]).toBe(true);
    const source = join(content, 'documents', slug, d.file);
    expect(readFileSync(built).equals(readFileSync(source))).toBe(true);
  });
});

describe.each(unitsWithDocs.map((u) => [u]))('the drafts page of %s', (slug) => {
  const unit = units.find((u) => u.slug === slug)!;
  const drafts = docsOf(slug).filter((d) => d.type === 'du-thao');
  const html = page(dir, `${base(slug)}van-ban/du-thao/`);
  const body = text(html.match(/<main[\s\S]*<\/main>/)![0]);

  it('says how to send comments, to the spokesperson’s email', () => {
    expect(html).toContain(`href="mailto:${unit.spokesperson.email}"`);
    expect(body).toContain(unit.spokesperson.name);
  });

  it.each(drafts.map((d) => [d.slug, d]))('lists %s with its deadline and whether comments are still open', (_, d) => {
    expect(hrefs(html)).toContain(`${base(slug)}van-ban/${d.slug}/`);
    if (d.commentsUntil) {
      const open = d.commentsUntil.toISOString().slice(0, 10) >= today;
      expect(body).toContain(open ? `Nhận góp ý đến hết ngày ${ddmmyyyy(d.commentsUntil)}` : `Đã hết hạn góp ý ngày ${ddmmyyyy(d.commentsUntil)}`);
    }
  });
});

describe('drafts', () => {
  it('exist in the sample, so the drafts page is tested with one', () => {
    expect(unitsWithDocs.some((u) => docsOf(u).some((d) => d.type === 'du-thao' && d.commentsUntil))).toBe(true);
  });
});
