/**
 * Documents (compliance I5, I12, F14): whether a document is in force, whether a draft still takes
 * comments, and where its attached file is published. Days are Vietnam's calendar days; a static
 * site decides "today" at build time, so pages say which day their states are as of.
 */
import { posix } from 'node:path';
import { vietnamDay } from './working-days.ts';
import { fileKind, formatFileSize, resolveUnitFile } from './files.ts';

export type EffectState = 'du-thao' | 'chua-hieu-luc' | 'con-hieu-luc' | 'het-hieu-luc';

export const EFFECT_LABELS: Record<EffectState, string> = {
  'du-thao': 'Dự thảo, chưa có hiệu lực',
  'chua-hieu-luc': 'Chưa có hiệu lực',
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
};

export interface EffectDates {
  type: string;
  issued: Date;
  effective?: Date;
  /** The last day in force (a document "hết hiệu lực" on 31/12 no longer applies on 1/1). */
  expires?: Date;
}

/** A document is in force from its effective date (or, without one, its issue date) through its expiry date. */
export function effectState(doc: EffectDates, today: Date): EffectState {
  if (doc.type === 'du-thao') return 'du-thao';
  const day = vietnamDay(today);
  if (doc.expires && vietnamDay(doc.expires) < day) return 'het-hieu-luc';
  if (vietnamDay(doc.effective ?? doc.issued) > day) return 'chua-hieu-luc';
  return 'con-hieu-luc';
}

export type ConsultationState = 'open' | 'closed' | 'no-deadline';

/** Comments are taken through the whole deadline day. */
export function consultationState(commentsUntil: Date | undefined, today: Date): ConsultationState {
  if (!commentsUntil) return 'no-deadline';
  return vietnamDay(commentsUntil) >= vietnamDay(today) ? 'open' : 'closed';
}

/** Drafts for public consultation (compliance I12): type "du-thao". */
export function isDraft(doc: { type: string }): boolean {
  return doc.type === 'du-thao';
}

// ---------- attached files ----------

export type Attachment =
  /** A file in the content folder: `source` relative to the content folder, `published` the address under the documents section's …/tep/. */
  | { kind: 'local'; source: string; published: string }
  /** A file hosted elsewhere (the CMS accepts a full address). */
  | { kind: 'external'; href: string }
  | { kind: 'invalid'; message: string };

/**
 * Where a document's file is and where the site publishes it. `entryDir` is the entry's folder
 * relative to the content folder ("documents/hoang-hoa"), which is its unit's folder: only files
 * inside it are published (src/lib/files.ts resolveUnitFile, the rule projects share). The "files/"
 * folder editors upload into is left out of the address.
 */
export function resolveAttachment(file: string, entryDir: string): Attachment {
  const found = resolveUnitFile(file, entryDir);
  if (found.kind === 'external') return found;
  const dir = posix.normalize(entryDir).replace(/\/+$/, '');
  if (found.kind === 'outside') return { kind: 'invalid', message: `tệp văn bản «${file}» phải nằm trong thư mục ${dir}/ của đơn vị` };
  return { kind: 'local', source: found.source, published: found.inUnit.replace(/^files\//, '') };
}

/** The address of a published file inside the documents section's …/tep/, each segment percent-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** "Tải văn bản (PDF, 2 KB)"; without a size when the file is hosted elsewhere. */
export function downloadLabel(name: string, bytes?: number): string {
  const kind = fileKind(name).label;
  return `Tải văn bản (${bytes === undefined ? kind : `${kind}, ${formatFileSize(bytes)}`})`;
}

/** A mail link that opens a message about one draft, so comments reach the office already labelled. */
export function commentMailto(email: string, draft: { number: string; title: string }): string {
  const subject = `Góp ý dự thảo số ${draft.number}: ${draft.title}`;
  return `mailto:${email.trim()}?subject=${encodeURIComponent(subject)}`;
}

/** Whether a Markdown body opens with its own heading, so the page need not add one above it. */
export function opensWithHeading(markdown: string | undefined): boolean {
  return /^\s*#{1,6}\s/.test(markdown ?? '');
}
