import { defineContentType } from './define.ts';
import { date, string, text } from './fields.ts';
import { bodyField, domainField, titleField, unitField } from './common.ts';

/** Citizens' questions and the office's answers (hỏi đáp): Decree 43/2011 Art 15(2), compliance I13. */
export const questions = defineContentType({
  name: 'questions',
  label: 'Hỏi đáp',
  labelSingular: 'câu hỏi',
  description: 'Câu hỏi của người dân, doanh nghiệp và câu trả lời của cơ quan (trả lời trong 15 ngày làm việc).',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{title}}',
  sort: { by: ['asked', 'title'], order: 'desc' },
  fields: {
    /** Short form of the question, used as the title. */
    title: titleField,
    /** The question as asked. */
    question: text({ label: 'Nội dung câu hỏi', maxLength: 3000 }),
    /** Who asked; publish only what the person agreed to. */
    asker: string({ label: 'Người hỏi', hint: 'Chỉ ghi họ tên và nơi ở khi người hỏi đồng ý công khai.', maxLength: 160 }),
    asked: date({ label: 'Ngày hỏi' }),
    answered: date({ label: 'Ngày trả lời' }),
    /** The office or person answering. */
    answeredBy: string({ label: 'Cơ quan trả lời', maxLength: 200 }),
    domain: domainField,
    unit: unitField,
    /** The answer. */
    body: bodyField,
  },
});
