/**
 * Questions and answers as built (compliance I13): the list newest first with its dates, each answer
 * with who answered, when, and the working days taken, and how to send a question: the form, or the office's contacts.
 */
import { describe, expect, inject, it } from 'vitest';
import { page, text } from './helpers/html.ts';
import { base, ddmmyyyy, entries, hrefs, units } from './sections/source.ts';

const dir = inject('siteDir');

interface Question {
  slug: string;
  title: string;
  question: string;
  asker: string;
  asked: Date;
  answered: Date;
  answeredBy: string;
  domain: string;
}

/** Mon–Fri after `from` up to and including `to`, counted independently of the code under test. */
function workingDays(from: Date, to: Date): number {
  let n = 0;
  for (const d = new Date(from.getTime() + 86_400_000); d <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n++;
  }
  return n;
}

describe.each(units.map((u) => [u.slug, u] as const))('the Q&A of %s', (slug, unit) => {
  const questions = entries<Question>('questions', slug);
  const html = page(dir, `${base(slug)}hoi-dap/`);
  const body = text(html.match(/<main[\s\S]*<\/main>/)![0]);

  it('has a question form posting to the forms service on this origin, says whom to call if it fails, and gives the unit’s email and address', () => {
    const form = html.match(/<form[^>]*id="cau-hoi"[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(form).toContain('action="/gui/cau-hoi/"');
    expect(form).toContain(`name="unit" value="${slug}"`);
    expect(text(form)).toContain('Nếu không gửi được, xin gọi Ủy ban nhân dân');
    // text() folds the number's no-break spaces into plain ones.
    expect(text(form)).toContain(`${unit.name}: ${unit.phone}.`);
    expect(hrefs(html)).toContain(`mailto:${unit.email}`);
    expect(body).toContain(unit.address);
  });

  it('lists every question newest first, with who asked, both dates and the field', () => {
    const items = [...html.matchAll(/<li[^>]*>\s*<h3[^>]*>[\s\S]*?<\/li>/g)].map((m) => m[0]);
    const links = items.map((i) => hrefs(i)[0]);
    expect(new Set(links)).toEqual(new Set(questions.map((q) => `${base(slug)}hoi-dap/${q.slug}/`)));
    const asked = links.map((l) => questions.find((q) => l!.endsWith(`/${q.slug}/`))!.asked.getTime());
    expect(asked).toEqual([...asked].sort((a, b) => b - a));
    for (const q of questions) {
      const item = text(items.find((i) => hrefs(i)[0]!.endsWith(`/${q.slug}/`))!);
      for (const v of [q.title, q.asker, `Hỏi ngày ${ddmmyyyy(q.asked)}`, `Trả lời ngày ${ddmmyyyy(q.answered)}`, q.domain]) expect(item).toContain(v);
    }
  });

  it.each(questions.map((q) => [q.slug, q]))('shows %s with the question, the answer, its dates and the working days taken', (_, q) => {
    const detail = page(dir, `${base(slug)}hoi-dap/${q.slug}/`);
    const main = text(detail.match(/<main[\s\S]*<\/main>/)![0]);
    for (const v of [q.question.trim(), q.asker, q.answeredBy, ddmmyyyy(q.asked), ddmmyyyy(q.answered)]) expect(main).toContain(v);
    const days = workingDays(q.asked, q.answered);
    expect(main).toContain(days === 0 ? 'chưa đầy 1 ngày làm việc' : `Trả lời sau ${days} ngày làm việc`);
    expect(main.includes('quá thời hạn 15 ngày làm việc')).toBe(days > 15);
  });
});
