import { describe, expect, it } from 'vitest';
import { cleanText, communeOptions, FORMS, safeReturnPath, validateForm } from './forms.ts';
import { formHtml } from './form-html.ts';

const units = [
  { slug: 'thanh-hoa', name: 'Thanh Hóa', kind: 'tinh' },
  { slug: 'hoang-tien', name: 'Hoằng Tiến', kind: 'xa', parent: 'thanh-hoa' },
  { slug: 'hac-thanh', name: 'Hạc Thành', kind: 'phuong', parent: 'thanh-hoa' },
  { slug: 'hoang-dao', name: 'Hoằng Đạo', kind: 'xa', parent: 'thanh-hoa', mergedInto: 'hoang-tien' },
];

describe('communeOptions', () => {
  it('offers the communes in being, in Vietnamese order, then «Nơi khác»; not the root, not merged ones', () => {
    expect(communeOptions(units)).toEqual([
      { value: 'hac-thanh', label: 'Phường Hạc Thành' },
      { value: 'hoang-tien', label: 'Xã Hoằng Tiến' },
      { value: 'khac', label: 'Nơi khác' },
    ]);
  });
});

describe('cleanText', () => {
  it('makes text NFC, drops control and direction-override characters, keeps line breaks', () => {
    expect(cleanText('  Hoa\u0300ng\r\nTie\u0302\u0301n\u0000\u202E  ')).toBe('Hoàng\nTiến');
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/xa/hoang-tien/hoi-dap/', '/xa/hoang-tien/hoi-dap/'],
    ['//evil.example/', undefined],
    ['/\\evil.example', undefined],
    ['https://evil.example/', undefined],
    ['javascript:alert(1)', undefined],
    ['/a"onmouseover="x', undefined],
    [42, undefined],
  ])('%s → %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });
});

describe('validateForm', () => {
  const options = communeOptions(units);
  it('splits what is typed freely (kept for the retention period) from facts (kept for figures)', () => {
    const r = validateForm(FORMS.question, { name: ' Lê Văn A ', commune: 'hoang-tien', topic: 'Đất đai', question: 'Hỏi?', consent: 'yes', extra: 'ignored' }, options);
    expect(r).toEqual({ ok: true, value: { facts: { commune: 'hoang-tien', consent: 'yes' }, texts: { name: 'Lê Văn A', topic: 'Đất đai', question: 'Hỏi?' } } });
  });
  it('refuses a one-line field with a line break and a score outside the scale', () => {
    const q = validateForm(FORMS.question, { name: 'Lê\nVăn A', commune: 'hoang-tien', topic: 'x', question: 'y', consent: 'yes' }, options);
    expect(q.ok ? {} : q.errors).toEqual({ name: '«Họ và tên»: ghi trên một dòng.' });
    const r = validateForm(FORMS.rating, { procedure: '1.004873', score: '6' }, options);
    expect(r.ok ? {} : r.errors).toEqual({ score: '«Ông/bà có hài lòng với hướng dẫn và việc giải quyết thủ tục này không?»: xin chọn một trong các mục có sẵn.' });
  });
  it('counts length in characters as a person sees them, not UTF-16 units', () => {
    const ok = validateForm(FORMS.report, { problem: '😀'.repeat(1000) }, options);
    expect(ok.ok).toBe(true);
  });
});

describe('formHtml', () => {
  it('escapes every value it shows back, and posts to the service on this origin', () => {
    const markup = formHtml(FORMS.question, { unit: 'hoang-tien', page: '/x/', units: communeOptions(units), id: 'f', values: { name: '"><script>alert(1)</script>', question: '</textarea><script>x</script>' } }).value;
    expect(markup).toContain('action="/gui/cau-hoi/"');
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(markup).toContain('&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>');
  });
});
