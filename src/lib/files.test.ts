import { describe, expect, it } from 'vitest';
import { fileKind } from './files';

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
