/** Questions and answers (compliance I13): ordering and whether an answer kept the 15-working-day limit. */
import { workingDaysBetween } from './working-days.ts';

/** Decree 43/2011 Art 15(2): questions are answered within 15 working days. */
export const ANSWER_LIMIT_WORKING_DAYS = 15;

export interface AskedQuestion {
  title: string;
  asked: Date;
  answered: Date;
}

/** Newest question first; the same day falls back to Vietnamese title order so builds are stable. */
export function newestQuestionFirst<T extends AskedQuestion>(a: T, b: T): number {
  return b.asked.getTime() - a.asked.getTime() || a.title.localeCompare(b.title, 'vi');
}

export interface AnswerTiming {
  /** Working days from the day after the question to the day of the answer. */
  days: number;
  /** Answered later than the legal limit. */
  late: boolean;
}

export function answerTiming(q: Pick<AskedQuestion, 'asked' | 'answered'>, limit = ANSWER_LIMIT_WORKING_DAYS): AnswerTiming {
  const days = workingDaysBetween(q.asked, q.answered);
  return { days, late: days > limit };
}

/** "Trả lời sau 6 ngày làm việc", in the words the Q&A pages use. */
export function timingText(t: AnswerTiming, limit = ANSWER_LIMIT_WORKING_DAYS): string {
  const base = t.days === 0 ? 'Trả lời trong chưa đầy 1 ngày làm việc' : `Trả lời sau ${t.days} ngày làm việc`;
  return t.late ? `${base}, quá thời hạn ${limit} ngày làm việc theo quy định` : base;
}
