/**
 * An answered question becomes a Q&A entry of its unit, content/questions/<unit>/<slug>.md, in the
 * format and field order the CMS writes (src/lib/cms-format.ts, src/schema/questions.ts), so the next
 * build publishes it. Only what staff wrote or checked goes in: the citizen's name and contact never.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownFormat } from '../../src/lib/cms-format.ts';
import { cleanText } from '../../src/lib/forms.ts';
import { slugify } from '../../src/lib/slug.ts';
import { vietnamDay } from '../../src/lib/working-days.ts';

/** The questions schema's fields, in its order (src/schema/questions.ts). */
const ORDER = ['title', 'question', 'asker', 'asked', 'answered', 'answeredBy', 'domain', 'unit'] as const;

export interface Answer {
  unit: string;
  title: string;
  question: string;
  /** Who asked, as published: never the name, only where from ("Người dân xã Hoằng Tiến"). */
  asker: string;
  asked: Date;
  answered: Date;
  answeredBy: string;
  domain: string;
  body: string;
}

export const ANSWER_LIMITS = { title: 200, question: 3000, asker: 160, answeredBy: 200, domain: 100, body: 20000 } as const;

/** Problems with an answer before it is written, in Vietnamese, by field. */
export function answerProblems(a: Answer): Record<string, string> {
  const labels: Record<keyof typeof ANSWER_LIMITS, string> = {
    title: 'Tiêu đề',
    question: 'Nội dung câu hỏi',
    asker: 'Người hỏi',
    answeredBy: 'Cơ quan trả lời',
    domain: 'Lĩnh vực',
    body: 'Nội dung trả lời',
  };
  const problems: Record<string, string> = {};
  for (const [key, limit] of Object.entries(ANSWER_LIMITS) as [keyof typeof ANSWER_LIMITS, number][]) {
    const v = a[key];
    if (!v) problems[key] = `«${labels[key]}»: chưa điền.`;
    else if ([...v].length > limit) problems[key] = `«${labels[key]}» dài quá ${limit} ký tự: xin rút gọn.`;
    else if (key !== 'question' && key !== 'body' && /\n/.test(v)) problems[key] = `«${labels[key]}»: ghi trên một dòng.`;
  }
  if (a.title && !problems.title && !slugify(a.title)) problems.title = '«Tiêu đề» cần có chữ hoặc số để làm địa chỉ trang.';
  return problems;
}

export function answerFile(a: Answer): string {
  return markdownFormat.toFile(
    {
      title: a.title,
      question: a.question,
      asker: a.asker,
      asked: vietnamDay(a.asked),
      answered: vietnamDay(a.answered),
      answeredBy: a.answeredBy,
      domain: a.domain,
      unit: a.unit,
      body: `\n${cleanText(a.body)}\n`,
    },
    ORDER,
  );
}

/** Writes the entry under a slug of its title not taken yet; returns its path relative to the content folder. */
export function writeAnswer(contentDir: string, a: Answer): string {
  const dir = join(contentDir, 'questions', a.unit);
  mkdirSync(dir, { recursive: true });
  const base = slugify(a.title).slice(0, 80).replace(/-+$/, '');
  let slug = base;
  for (let n = 2; existsSync(join(dir, `${slug}.md`)); n++) slug = `${base}-${n}`;
  // 'wx': never overwrite an entry an editor wrote meanwhile.
  writeFileSync(join(dir, `${slug}.md`), answerFile(a), { flag: 'wx' });
  return `questions/${a.unit}/${slug}.md`;
}
