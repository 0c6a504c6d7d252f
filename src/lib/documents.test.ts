import { describe, expect, it } from 'vitest';
import {
  commentMailto,
  consultationState,
  downloadLabel,
  effectState,
  encodePath,
  isDraft,
  opensWithHeading,
  resolveAttachment,
  type EffectDates,
} from './documents.ts';

const d = (iso: string) => new Date(iso);
const today = d('2024-01-01T09:00:00+07:00');

describe('effectState', () => {
  it.each<[string, EffectDates, string]>([
    ['in force with no dates but the issue date', { type: 'quyet-dinh', issued: d('2023-03-10') }, 'con-hieu-luc'],
    ['in force on its last day', { type: 'ke-hoach', issued: d('2023-02-08'), expires: d('2024-01-01') }, 'con-hieu-luc'],
    ['expired the day after its last day', { type: 'ke-hoach', issued: d('2023-02-08'), expires: d('2023-12-31') }, 'het-hieu-luc'],
    ['not yet in force', { type: 'quyet-dinh', issued: d('2023-12-20'), effective: d('2024-01-15') }, 'chua-hieu-luc'],
    ['in force from its effective date', { type: 'quyet-dinh', issued: d('2023-12-20'), effective: d('2024-01-01') }, 'con-hieu-luc'],
    ['a draft, whatever its dates', { type: 'du-thao', issued: d('2023-10-16'), expires: d('2023-11-01') }, 'du-thao'],
  ])('calls a document %s', (_, doc, state) => {
    expect(effectState(doc, today)).toBe(state);
  });

  it('decides on Vietnam’s calendar day', () => {
    // 20:00 UTC on 31 Dec is 03:00 on 1 Jan in Vietnam: a document whose last day is 31 Dec has expired.
    expect(effectState({ type: 'ke-hoach', issued: d('2023-01-01'), expires: d('2023-12-31') }, d('2023-12-31T20:00:00Z'))).toBe('het-hieu-luc');
    expect(effectState({ type: 'ke-hoach', issued: d('2023-01-01'), expires: d('2023-12-31') }, d('2023-12-31T16:00:00Z'))).toBe('con-hieu-luc');
  });
});

describe('consultationState', () => {
  it.each([
    ['open before the deadline', d('2024-01-15'), 'open'],
    ['open on the deadline day', d('2024-01-01'), 'open'],
    ['closed after the deadline', d('2023-12-31'), 'closed'],
    ['without a deadline', undefined, 'no-deadline'],
  ])('is %s', (_, until, state) => {
    expect(consultationState(until, today)).toBe(state);
  });
});

describe('isDraft', () => {
  it.each([
    ['du-thao', true],
    ['quyet-dinh', false],
  ])('%s → %s', (type, draft) => {
    expect(isDraft({ type })).toBe(draft);
  });
});

describe('resolveAttachment', () => {
  it.each([
    ['./files/a.pdf', { kind: 'local', source: 'documents/hoang-hoa/files/a.pdf', published: 'a.pdf' }],
    ['files/a.pdf', { kind: 'local', source: 'documents/hoang-hoa/files/a.pdf', published: 'a.pdf' }],
    ['a.pdf', { kind: 'local', source: 'documents/hoang-hoa/a.pdf', published: 'a.pdf' }],
    ['./files/2023/b.docx', { kind: 'local', source: 'documents/hoang-hoa/files/2023/b.docx', published: '2023/b.docx' }],
    ['/documents/hoang-hoa/files/a.pdf', { kind: 'local', source: 'documents/hoang-hoa/files/a.pdf', published: 'a.pdf' }],
    ['https://vbpl.vn/a.pdf', { kind: 'external', href: 'https://vbpl.vn/a.pdf' }],
  ])('resolves %s', (file, expected) => {
    expect(resolveAttachment(file, 'documents/hoang-hoa')).toEqual(expected);
  });

  it.each([
    ['../hoang-tien/files/a.pdf'],
    ['./files/../../hoang-tien/a.pdf'],
    ['/units/hoang-hoa.yml'],
    ['/documents/hoang-hoa-2/a.pdf'],
  ])('refuses %s, outside the unit’s folder', (file) => {
    const r = resolveAttachment(file, 'documents/hoang-hoa');
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.message).toMatch(/phải nằm trong thư mục documents\/hoang-hoa\//);
  });
});

describe('encodePath', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(encodePath('2023/quyết định số 1.pdf')).toBe('2023/quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%201.pdf');
  });
});

describe('files', () => {
  it.each([
    ['a.pdf', 2048, 'Tải văn bản (PDF, 2 KB)'],
    ['a.docx', undefined, 'Tải văn bản (DOCX)'],
  ])('labels the download of %s', (name, bytes, label) => {
    expect(downloadLabel(name, bytes)).toBe(label);
  });
});

describe('commentMailto', () => {
  it('addresses the spokesperson with the draft named in the subject', () => {
    const href = commentMailto('vanphong@thanhhoa.gov.vn ', { number: '2450/UBND-VP', title: 'Dự thảo Quy chế' });
    expect(href).toBe('mailto:vanphong@thanhhoa.gov.vn?subject=G%C3%B3p%20%C3%BD%20d%E1%BB%B1%20th%E1%BA%A3o%20s%E1%BB%91%202450%2FUBND-VP%3A%20D%E1%BB%B1%20th%E1%BA%A3o%20Quy%20ch%E1%BA%BF');
    expect(decodeURIComponent(href.split('subject=')[1]!)).toBe('Góp ý dự thảo số 2450/UBND-VP: Dự thảo Quy chế');
  });
});

describe('opensWithHeading', () => {
  it.each([
    ['## Nội dung chính\n\n- a', true],
    ['\n# Tiêu đề', true],
    ['Thực tế cho thấy…\n\n## Sau', false],
    ['#hashtag', false],
    [undefined, false],
  ])('%j → %s', (md, expected) => {
    expect(opensWithHeading(md)).toBe(expected);
  });
});
