/** Questions and answers (compliance I13): each unit's answered questions, newest first, with the time taken. */
import { questions as questionsSection } from '../schema/sections.ts';
import { labelOf } from '../schema/define.ts';
import { questions } from '../schema/questions.ts';
import { dateFact, contactFacts, type Fact } from '../lib/fact-list.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { answerTiming, newestQuestionFirst, timingText, type AnswerTiming, ANSWER_LIMIT_WORKING_DAYS } from '../lib/questions.ts';
import { formerUnitMark, unitPath, unitTitle, type FormerUnitMark } from '../lib/units.ts';
import { inheritedEntries, listedUnits } from '../lib/reorganisation.ts';
import { entriesOf, perUnitPaths, portal } from './portal.ts';

export const QUESTIONS_PER_PAGE = 20;
export { ANSWER_LIMIT_WORKING_DAYS };

export type QuestionEntry = Awaited<ReturnType<typeof entriesOf<'questions'>>>[number];

export interface QuestionView {
  slug: string;
  href: string;
  title: string;
  asker: string;
  asked: Date;
  answered: Date;
  answeredBy: string;
  domain: string;
  timing: AnswerTiming;
  timingText: string;
  entry: QuestionEntry;
  /** On a successor's list: the predecessor the question was answered by (src/lib/reorganisation.ts). */
  formerUnit?: FormerUnitMark;
}

export async function questionsOf(unitSlug: string): Promise<QuestionView[]> {
  const { tree } = await portal();
  return (await entriesOf('questions', unitSlug))
    .map((entry) => {
      const d = entry.data;
      const timing = answerTiming(d);
      return {
        slug: entry.slug,
        href: unitPath(tree, d.unit, questionsSection.segment, entry.slug),
        title: d.title,
        asker: d.asker,
        asked: d.asked,
        answered: d.answered,
        answeredBy: d.answeredBy,
        domain: d.domain,
        timing,
        timingText: timingText(timing),
        entry,
      };
    })
    .sort(newestQuestionFirst);
}

/** What a unit's Q&A list shows: its own answered questions and its predecessors', each of those marked with the old unit. */
export async function listedQuestionsOf(unitSlug: string): Promise<QuestionView[]> {
  const { tree } = await portal();
  const views = new Map(await Promise.all(listedUnits(tree.graph, unitSlug).map(async (s) => [s, await questionsOf(s)] as const)));
  return inheritedEntries(tree.graph, unitSlug, views.get(unitSlug)!, (s) => views.get(s) ?? [])
    .map(({ entry, formerUnit }) => (formerUnit ? { ...entry, formerUnit: formerUnitMark(tree, unitSlug, formerUnit) } : entry))
    .sort(newestQuestionFirst);
}

/** getStaticPaths of the list (`index`, page 1) and its later pages (`pages`). */
export function listPaths(kind: 'index' | 'pages') {
  return perUnitPaths(async (unit, tree) => {
    const pages = paginate(await listedQuestionsOf(unit.slug), unitPath(tree, unit.slug, questionsSection.segment), QUESTIONS_PER_PAGE);
    return kind === 'index'
      ? [{ params: {}, props: { page: pages[0]! } }]
      : pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
  }, { shows: { questions: 'unit' } });
}

export type QuestionPage = Page<QuestionView>;

export function detailPaths() {
  return perUnitPaths(async (unit) => (await questionsOf(unit.slug)).map((q) => ({ params: { slug: q.slug }, props: { question: q } })), { shows: {} });
}

export function answerFacts(q: QuestionView): Fact[] {
  return [
    { term: labelOf(questions, 'asker'), text: q.asker },
    ...dateFact(labelOf(questions, 'asked'), q.asked),
    { term: labelOf(questions, 'domain'), text: q.domain },
    { term: labelOf(questions, 'answeredBy'), text: q.answeredBy },
    ...dateFact(labelOf(questions, 'answered'), q.answered),
    { term: 'Thời gian trả lời', text: q.timingText },
  ];
}

/** Where to send a question: the unit's office, from its unit data. */
export async function askContacts(unitSlug: string): Promise<{ office: string; contacts: Fact[] }> {
  const { tree } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  return {
    office: `Ủy ban nhân dân ${unitTitle(unit)}`,
    contacts: contactFacts({ address: unit.address, phone: unit.phone, email: unit.email }),
  };
}
