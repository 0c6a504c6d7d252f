/**
 * A successor's "Đơn vị cũ: …" pages (src/lib/reorganisation.ts): for each unit merged into it, that
 * unit's news, documents still in force and answered questions, in one list per type, linked to
 * their addresses in the old unit's archive. A filter that works without JavaScript.
 */
import { documentsOf, type DocumentRow } from './documents.ts';
import { listItems, unitNews, type NewsListItem } from './news.ts';
import { perUnitPaths, portal, type Unit } from './portal.ts';
import { questionsOf, type QuestionView } from './questions.ts';
import { predecessorsOf } from '../lib/reorganisation.ts';

export interface FormerUnitView {
  former: Unit;
  news: NewsListItem[];
  documents: DocumentRow[];
  questions: QuestionView[];
}

export async function formerUnitView(formerSlug: string): Promise<FormerUnitView> {
  const { tree } = await portal();
  return {
    former: tree.bySlug.get(formerSlug)!,
    news: await listItems(await unitNews(formerSlug)),
    documents: (await documentsOf(formerSlug)).filter((r) => r.state === 'con-hieu-luc'),
    questions: await questionsOf(formerSlug),
  };
}

/** getStaticPaths of …/don-vi-cu/[former]/: one page per predecessor of each unit. */
export function formerUnitPaths() {
  return perUnitPaths((unit, tree) => predecessorsOf(tree.graph, unit.slug).map((former) => ({ params: { former }, props: { former } })));
}
