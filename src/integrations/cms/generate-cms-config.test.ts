import { describe, expect, it } from 'vitest';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { contentTypes } from '../../schema/index';
import { generateCmsConfig } from './generate-cms-config';
import { backendFromEnv } from './backend';

const make = (unit?: { slug: string; name: string }) =>
  generateCmsConfig({ types: contentTypes, contentDir: 'content', unit, ...backendFromEnv({}) });
const byName = (cols: CmsCollection[], name: string) => cols.find((c) => c.name === name)!;
const unitField = (c: CmsCollection) => c.fields!.find((f) => f.name === 'unit') as CmsField & { widget: string; default?: string };

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

  it('stores media beside the entry so the build optimizes it', () => {
    const news = byName(make().collections, 'news');
    expect([news.media_folder, news.public_folder]).toEqual(['', '']);
  });

  it('makes ASCII slugs without diacritics', () => {
    expect(make().slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});

describe('backendFromEnv', () => {
  it('uses decap-server on this machine by default', () => {
    expect(backendFromEnv({}).backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
  });
  it.each(['github', 'gitlab', 'gitea', 'forgejo'])('configures %s with the editorial workflow', (name) => {
    const choice = backendFromEnv({ CMS_BACKEND: name, CMS_REPO: 'ubnd/cong', CMS_BASE_URL: 'https://auth.example.vn' });
    expect(choice.backend).toMatchObject({ name, repo: 'ubnd/cong', branch: 'main', base_url: 'https://auth.example.vn' });
    expect(choice.editorialWorkflow).toBe(true);
  });
  it('says what is missing', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea' })).toThrow(/needs CMS_REPO/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow(/not supported/);
  });
});
