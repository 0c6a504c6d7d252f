import { describe, expect, it } from 'vitest';
import { fileKind, formatFileSize } from './files.ts';

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
