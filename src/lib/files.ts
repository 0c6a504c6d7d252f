import type { Lang } from './i18n.ts';

/**
 * The kinds of downloadable file the schema accepts (src/schema/fields.ts FILE_TYPES): the label
 * readers see next to a link and the content type the static endpoints serve it with. Documents
 * and investment attachments both use this one table.
 */
const FILE_KINDS: Record<string, { label: string; contentType: string }> = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  doc: { label: 'DOC', contentType: 'application/msword' },
  docx: { label: 'DOCX', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { label: 'XLS', contentType: 'application/vnd.ms-excel' },
  xlsx: { label: 'XLSX', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { label: 'ODT', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { label: 'ODS', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  zip: { label: 'ZIP', contentType: 'application/zip' },
};

/** The kind of file, from its name: label for readers, content type for the server. */
export function fileKind(name: string): { label: string; contentType: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return FILE_KINDS[ext] ?? { label: ext.toUpperCase() || 'Tệp', contentType: 'application/octet-stream' };
}

const DECIMAL: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/** The size beside a download link: 858 B, 2 KB, 1,5 MB (1.5 MB in English). */
export function formatFileSize(bytes: number, lang: Lang = 'vi'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${DECIMAL[lang].format(bytes / (1024 * 1024))} MB`;
}
