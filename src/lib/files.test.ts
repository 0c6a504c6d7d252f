import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileKind, formatFileSize, readUnitFile, resolveUnitFile, unitFileOnDisk } from './files.ts';

describe('fileKind', () => {
  it.each([
    ['a.pdf', 'PDF', 'application/pdf'],
    ['A.DOCX', 'DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['./files/a.docx', 'DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['bang.xlsx', 'XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ho-so.zip', 'ZIP', 'application/zip'],
    ['./files/a.bin', 'BIN', 'application/octet-stream'],
    ['khong-ro', 'Tệp', 'application/octet-stream'],
  ])('knows the kind of %s', (name, label, contentType) => {
    expect(fileKind(name)).toEqual({ label, contentType });
  });
});

describe('formatFileSize', () => {
  it.each([
    [200, 'vi', '200 B'],
    [858, 'vi', '858 B'],
    [1024, 'vi', '1 KB'],
    [2000, 'vi', '2 KB'],
    [120 * 1024, 'vi', '120 KB'],
    [1536 * 1024, 'vi', '1,5 MB'],
    [1536 * 1024, 'en', '1.5 MB'],
    [3 * 1024 * 1024, 'vi', '3 MB'],
  ] as const)('writes %i bytes in %s as %s', (bytes, lang, text) => {
    expect(formatFileSize(bytes, lang)).toBe(text);
  });
});

describe('resolveUnitFile', () => {
  it.each([
    ['./files/x.pdf', { kind: 'local', source: 'projects/hoang-tien/files/x.pdf', inUnit: 'files/x.pdf' }],
    ['images/a.jpg', { kind: 'local', source: 'projects/hoang-tien/images/a.jpg', inUnit: 'images/a.jpg' }],
    ['./images/../files/x.pdf', { kind: 'local', source: 'projects/hoang-tien/files/x.pdf', inUnit: 'files/x.pdf' }],
    ['/projects/hoang-tien/files/x.pdf', { kind: 'local', source: 'projects/hoang-tien/files/x.pdf', inUnit: 'files/x.pdf' }],
    [' https://vbpl.vn/a.pdf ', { kind: 'external', href: 'https://vbpl.vn/a.pdf' }],
  ])('finds %s inside the unit’s folder', (ref, expected) => {
    expect(resolveUnitFile(ref, 'projects/hoang-tien')).toEqual(expected);
  });

  it.each([['../../../etc/passwd'], ['../hoang-hoa/files/x.pdf'], ['/projects/shared/x.pdf'], ['/projects/hoang-tien-2/x.pdf'], ['/units/hoang-tien.yml'], ['..']])(
    'refuses %s, outside the unit’s folder',
    (ref) => {
      expect(resolveUnitFile(ref, 'projects/hoang-tien')).toEqual({ kind: 'outside' });
    },
  );
});

describe('reading a file for publishing', () => {
  const root = mkdtempSync(join(tmpdir(), 'unit-files-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'documents', 'hoang-tien', 'files'), { recursive: true });
  mkdirSync(join(content, 'documents', 'hoang-hoa', 'files'), { recursive: true });
  writeFileSync(join(content, 'documents', 'hoang-tien', 'files', 'a.pdf'), '%PDF-1.7 a');
  writeFileSync(join(content, 'documents', 'hoang-hoa', 'files', 'b.pdf'), '%PDF-1.7 b');
  writeFileSync(join(root, 'secret.pdf'), 'SECRET=1');
  // Links are made here, at test time, and never committed.
  symlinkSync('/proc/self/environ', join(content, 'documents', 'hoang-tien', 'files', 'env.pdf'));
  symlinkSync(join(root, 'secret.pdf'), join(content, 'documents', 'hoang-tien', 'files', 'secret.pdf'));
  symlinkSync('../../hoang-hoa/files/b.pdf', join(content, 'documents', 'hoang-tien', 'files', 'b.pdf'));
  symlinkSync('khong-co.pdf', join(content, 'documents', 'hoang-tien', 'files', 'dangling.pdf'));
  symlinkSync('../hoang-hoa/files', join(content, 'documents', 'hoang-tien', 'linked'));
  const unit = 'documents/hoang-tien';
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads a regular file inside the unit’s folder and gives its size', () => {
    expect(readUnitFile(content, unit, `${unit}/files/a.pdf`).toString()).toBe('%PDF-1.7 a');
    expect(unitFileOnDisk(content, unit, `${unit}/files/a.pdf`).size).toBe(10);
  });

  it.each([
    ['a link to /proc/self/environ', 'files/env.pdf'],
    ['a link outside the content folder', 'files/secret.pdf'],
    ['a link to another unit’s file', 'files/b.pdf'],
    ['a file reached through a linked folder', 'linked/b.pdf'],
  ])('refuses %s, naming the file', (_, file) => {
    expect(() => readUnitFile(content, unit, `${unit}/${file}`)).toThrow(new RegExp(`«${content}/${unit}/${file}» không phải tệp thật .*symlink.*hãy thay bằng tệp thật`));
    expect(() => unitFileOnDisk(content, unit, `${unit}/${file}`)).toThrow(/symlink/);
  });

  it('says a dangling link or a missing file is not found', () => {
    expect(() => readUnitFile(content, unit, `${unit}/files/dangling.pdf`)).toThrow(/không tìm thấy tệp/);
    expect(() => readUnitFile(content, unit, `${unit}/files/khong.pdf`)).toThrow(/không tìm thấy tệp/);
  });

  it('refuses a path outside the unit’s folder before touching the disk', () => {
    expect(() => readUnitFile(content, unit, 'documents/hoang-hoa/files/b.pdf')).toThrow(/phải nằm trong thư mục documents\/hoang-tien\//);
  });
});
