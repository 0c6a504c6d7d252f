import { describe, expect, it } from 'vitest';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { contentTypes } from '../../schema/index';
import { GOVERNANCE_FIELDS } from '../../schema/units';
import { generateCmsConfig, summaryTemplate } from './generate-cms-config';
import { adminDirectives, backendFromEnv, HOSTED_BACKENDS } from './backend';

const make = (unit?: { slug: string; name: string }, env: Record<string, string> = {}) =>
  generateCmsConfig({ types: contentTypes, contentDir: 'content', rootSlug: 'hoang-hoa', unit, ...backendFromEnv(env) });
const byName = (cols: CmsCollection[], name: string) => cols.find((c) => c.name === name)!;
const unitField = (c: CmsCollection) => c.fields!.find((f) => f.name === 'unit') as CmsField & { widget: string; default?: string };
const fieldOf = (c: CmsCollection, name: string) => c.fields!.find((f) => f.name === name) as CmsField & Record<string, unknown>;

describe('CMS configuration', () => {
  it('lists every content type, in Vietnamese', () => {
    const config = make();
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c) => c.name)).toEqual(contentTypes.map((t) => t.name));
    expect(byName(config.collections, 'news').label).toBe('Tin tức - Sự kiện');
  });

  it('gives the root workspace every unit, grouped by unit, stored in the unit folder', () => {
    const news = byName(make().collections, 'news');
    expect(news.folder).toBe('content/news');
    expect(news.path).toBe('{{unit}}/{{slug}}');
    expect(news.view_groups).toEqual([{ label: 'Đơn vị', field: 'unit' }]);
    expect(unitField(news).widget).toBe('relation');
  });

  it("confines a commune's workspace to its own folder, with the unit filled in", () => {
    const cols = make({ slug: 'hoang-tien', name: 'Hoằng Tiến' }).collections;
    const news = byName(cols, 'news');
    expect(news.folder).toBe('content/news/hoang-tien');
    expect(news.path).toBeUndefined();
    expect(unitField(news)).toMatchObject({ widget: 'hidden', default: 'hoang-tien' });
    expect(byName(cols, 'units').files).toEqual([expect.objectContaining({ file: 'content/units/hoang-tien.yml' })]);
    expect(byName(cols, 'settings').hide).toBe(true);
  });

  it("keeps a commune's governance fields (parent, editors, domain…) out of its own unit form", () => {
    const [file] = byName(make({ slug: 'hoang-tien', name: 'Hoằng Tiến' }).collections, 'units').files!;
    const widgets = Object.fromEntries(file!.fields.map((f) => [f.name, f.widget]));
    for (const name of GOVERNANCE_FIELDS) expect(widgets[name], name).toBe('hidden');
    expect(widgets.phone).toBe('string');
    // The root's editors see and change them.
    expect(fieldOf(byName(make().collections, 'units'), 'editors').widget).toBe('list');
  });

  it('stores uploads beside the entry: photos in ./images/, attachments in ./files/', () => {
    const cols = make().collections;
    expect([byName(cols, 'news').media_folder, byName(cols, 'news').public_folder]).toEqual(['images', 'images']);
    expect(fieldOf(byName(cols, 'documents'), 'file')).toMatchObject({ media_folder: 'files', public_folder: 'files', choose_url: false });
  });

  it('re-encodes uploaded photos in the browser, dropping their camera metadata (GPS position)', () => {
    const cover = (fieldOf(byName(make().collections, 'news'), 'image').fields as (CmsField & Record<string, unknown>)[]).find((f) => f.name === 'src');
    expect(cover).toMatchObject({ widget: 'image', media_processing: { enabled: true, strip_metadata: true } });
  });

  it("puts the header's «Ảnh và tệp» library in the workspace's own unit", () => {
    expect(make().media_folder).toBe('content/news/hoang-hoa/images');
    expect(make({ slug: 'hoang-tien', name: 'Hoằng Tiến' }).media_folder).toBe('content/news/hoang-tien/images');
  });

  it('lists news, documents and questions newest first', () => {
    const cols = make().collections;
    expect(byName(cols, 'news').sortable_fields).toContainEqual({ field: 'published', label: 'Ngày giờ đăng', default_sort: 'desc' });
    expect(byName(cols, 'documents').sortable_fields).toContainEqual(expect.objectContaining({ field: 'issued', default_sort: 'desc' }));
    expect(byName(cols, 'questions').sortable_fields).toContainEqual(expect.objectContaining({ field: 'asked', default_sort: 'desc' }));
  });

  it('writes entries in the portal’s own stable formats', () => {
    const cols = make().collections;
    expect([byName(cols, 'news').format, byName(cols, 'departments').format]).toEqual(['portal-markdown', 'portal-yaml']);
  });

  it('makes ASCII slugs without diacritics', () => {
    expect(make().slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('uses paths inside the content folder on the local backend, which is confined to it', () => {
    const local = generateCmsConfig({ types: contentTypes, contentDir: '', rootSlug: 'hoang-hoa', ...backendFromEnv({}) });
    expect(byName(local.collections, 'news').folder).toBe('news');
    expect(local.media_folder).toBe('news/hoang-hoa/images');
  });
});

describe('summaryTemplate', () => {
  it('shows dates in list summaries as dd/mm/yyyy', () => {
    const news = contentTypes.find((t) => t.name === 'news')!;
    expect(summaryTemplate(news.summary!, news.fields)).toBe("{{title}} ({{published | date('DD/MM/YYYY HH:mm')}})");
    const schedule = contentTypes.find((t) => t.name === 'schedule')!;
    expect(summaryTemplate(schedule.summary!, schedule.fields)).toBe("Tuần từ {{week | date('DD/MM/YYYY')}}");
  });
});

const HOSTED_ENV = { CMS_REPO: 'ubnd/cong', CMS_APP_ID: 'abc123', CMS_BASE_URL: 'https://cms-auth.example.gov.vn', CMS_API_ROOT: 'https://git.example.gov.vn/api/v1' };

describe('backendFromEnv', () => {
  it('uses the local content server by default, with paths inside the content folder', () => {
    const local = backendFromEnv({});
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:4322/api/v1' });
    expect([local.pathsFrom, local.editorialWorkflow]).toEqual(['content', false]);
  });

  it('tries the editorial workflow locally when asked (decap-server’s git mode)', () => {
    expect(backendFromEnv({ CMS_EDITORIAL_WORKFLOW: '1' }).editorialWorkflow).toBe(true);
  });

  // What the installed Decap backends support: Gitea's refuses the workflow ("does not support editorial workflow").
  it.each([
    ['github', true],
    ['gitlab', true],
    ['gitea', false],
    ['forgejo', true],
  ] as const)('configures %s (editorial workflow: %s)', (name, workflow) => {
    const choice = backendFromEnv({ CMS_BACKEND: name, ...HOSTED_ENV });
    expect(choice.backend).toMatchObject({ name, repo: 'ubnd/cong', branch: 'main', api_root: 'https://git.example.gov.vn/api/v1' });
    expect(choice.editorialWorkflow).toBe(workflow);
    expect(choice.pathsFrom).toBe('repository');
  });

  it('refuses to ask the Gitea backend for a workflow it does not have, and says what to use', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', ...HOSTED_ENV, CMS_EDITORIAL_WORKFLOW: '1' })).toThrow(/CMS_BACKEND=forgejo/);
  });

  it('derives the login server of self-hosted Gitea and Forgejo from their API address', () => {
    const { CMS_BASE_URL: _unused, ...env } = HOSTED_ENV;
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', ...env }).backend).toMatchObject({ base_url: 'https://git.example.gov.vn' });
  });

  it('says what is missing', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea' })).toThrow(/needs CMS_REPO/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toThrow(/needs CMS_API_ROOT/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow(/needs CMS_APP_ID/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow(/needs CMS_BASE_URL/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow(/not supported/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', ...HOSTED_ENV, CMS_API_ROOT: 'git.example.gov.vn' })).toThrow(/not an absolute address/);
  });
});

describe('adminDirectives', () => {
  it('lets Decap read uploads back from blob: URLs before it commits them', () => {
    const d = adminDirectives(backendFromEnv({}));
    expect(d['connect-src']).toEqual(["'self'", 'blob:', 'http://127.0.0.1:4322']);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it.each(HOSTED_BACKENDS)('reaches only the %s API and its login server', (name) => {
    const d = adminDirectives(backendFromEnv({ CMS_BACKEND: name, ...HOSTED_ENV }));
    const expected = name === 'github' ? ['https://git.example.gov.vn'] : ['https://git.example.gov.vn', 'https://cms-auth.example.gov.vn'];
    expect(d['connect-src']).toEqual(["'self'", 'blob:', ...expected]);
    expect(d['script-src']).not.toContain("'unsafe-inline'");
    expect(d['object-src']).toEqual(["'none'"]);
  });

  it('shows GitHub avatars, and nothing from https: at large', () => {
    const d = adminDirectives(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://cms-auth.example.gov.vn' }));
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com']);
    expect(d['connect-src']).toEqual(["'self'", 'blob:', 'https://api.github.com']);
  });
});
