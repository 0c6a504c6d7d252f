import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '../schema/index.ts';
import { markdownFormat, yamlFormat } from './cms-format.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every entry file of a content folder, with the order Decap passes to the formatter (the type's fields). */
function entryFiles(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|yml)$/.test(e.name))
    .map((e) => {
      const path = relative(dir, join(e.parentPath, e.name)).split(/[\\/]/).join('/');
      const type = contentTypes.find((t) => t.name === path.split('/')[0]);
      if (!type) throw new Error(`${path}: not in a content type's folder`);
      return { path, full: join(e.parentPath, e.name), format: type.format === 'markdown' ? markdownFormat : yamlFormat, order: Object.keys(type.fields) };
    });
}

describe('the CMS’s YAML', () => {
  it('writes a long text on one line, not folded at 80 characters', () => {
    const intro = 'Hoằng Hóa là huyện đồng bằng ven biển của tỉnh Thanh Hóa, nằm bên bờ bắc sông Mã, có thị trấn Bút Sơn là trung tâm.';
    expect(yamlFormat.toFile({ name: 'Hoằng Hóa', intro })).toBe(`name: Hoằng Hóa\nintro: ${intro}\n`);
  });

  it('quotes only what YAML would read as something else', () => {
    expect(yamlFormat.toFile({ phone: '0237 3865 123', code: '1.004203', on: 'true', area: 12.5 })).toBe(
      "phone: 0237 3865 123\ncode: '1.004203'\n'on': 'true'\narea: 12.5\n",
    );
  });

  it('reads dates as the text written, so the content check can refuse an impossible one', () => {
    expect(yamlFormat.fromFile('issued: 2023-02-30\n')).toEqual({ issued: '2023-02-30' });
  });

  it('puts fields in the schema’s order and keeps fields it does not know', () => {
    expect(yamlFormat.toFile({ phone: '0237 3865 123', extra: 1, name: 'A' }, ['name', 'phone'])).toBe('name: A\nphone: 0237 3865 123\nextra: 1\n');
  });

  it('writes a multi-line text as a block', () => {
    expect(yamlFormat.toFile({ note: 'Dòng một\nDòng hai' })).toBe('note: |-\n  Dòng một\n  Dòng hai\n');
  });
});

describe('the CMS’s Markdown', () => {
  it('keeps the body exactly as written', () => {
    const file = '---\ntitle: Tin\n---\n\nĐoạn một.\n\n- mục\n';
    expect(markdownFormat.fromFile(file)).toEqual({ title: 'Tin', body: '\nĐoạn một.\n\n- mục\n' });
    expect(markdownFormat.toFile(markdownFormat.fromFile(file), ['title'])).toBe(file);
  });

  it('writes a new entry’s front matter before its body', () => {
    expect(markdownFormat.toFile({ body: 'Sáng 4/6…', title: 'Tin', unit: 'hoang-tien' }, ['title', 'unit'])).toBe(
      '---\ntitle: Tin\nunit: hoang-tien\n---\nSáng 4/6…',
    );
  });
});

// Opening and saving any file in the CMS must change nothing the editor did not change.
describe.each([
  ['the sample portal', join(root, 'content')],
  ['the province fixture the CMS tests edit', join(root, 'tests', 'fixtures', 'province', 'content')],
])('%s is stored as the CMS writes it', (_name, dir) => {
  it.each(entryFiles(dir).map((f) => [f.path, f] as const))('%s', (_path, f) => {
    const text = readFileSync(f.full, 'utf8');
    expect(f.format.toFile(f.format.fromFile(text), f.order)).toBe(text);
  });
});
