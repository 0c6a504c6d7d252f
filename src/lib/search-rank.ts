/**
 * Re-ranking the first results (issue 15). Pagefind ranks each page by how often and where the
 * query's words occur, each word on its own and, for Vietnamese typed without marks, with every
 * accented form folded into one: "do van thanh" matches «đô», «đồ», «độ» and every page with «văn».
 * It knows nothing of the words' order. The search page therefore takes the first RERANK results,
 * whose text it loads anyway to show them, and lifts those where the query appears as a phrase
 * (in the title most, then in the text), where the title has every word of the query, and, when
 * the reader typed marks, where the words are spelt with those marks («đầu» before «dầu»).
 */
import { foldWord } from './search-vocabulary.ts';
import { restoreMarked } from './search-fold.ts';

/** Results re-ranked: those the first screen shows, and as many again. */
export const RERANK = 20;

export interface RankText {
  title: string;
  content: string;
  /**
   * Pagefind's weight at each place the query matched the page (data().weighted_locations): 1 in
   * running text, 5–7 in a heading or the title (generate-search-record.ts writes them as such).
   */
  weights?: readonly number[];
}

const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Lower-case NFC words, marks kept. */
const exactWords = (s: string) => words(restoreMarked(s).normalize('NFC').toLowerCase());
/** Folded words, as the index compares them. */
const folded = (s: string) => words(foldWord(restoreMarked(s)));

/** Whether `phrase` occurs in `text` as consecutive whole words. */
function hasPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > text.length) return false;
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (text[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Where a result stands: first its tier (3: the title has the query as a phrase, or its one word;
 * 2: the title has all its words; 1: the text has the phrase; 0: none of these), then its Pagefind score times `factor` ≥ 1, which grows with the
 * share of the query's words in a short title, the query's words in headings, and, when the reader
 * typed marks, the words spelt with those marks. Exported for tests; the weights were set on the
 * ranking test set (tests/search-ranking.cases.ts).
 */
export function rankKey(query: string, page: RankText): { tier: number; factor: number } {
  const q = folded(query);
  if (q.length === 0) return { tier: 0, factor: 1 };
  const title = folded(page.title);
  const content = folded(page.content);
  const inTitle = q.filter((w) => title.includes(w)).length;
  const tier = hasPhrase(title, q) ? 3 : inTitle === q.length ? 2 : hasPhrase(content, q) ? 1 : 0;
  let bonus = 0;
  bonus += inTitle / q.length;
  // A short title mostly made of the query ("Giới thiệu xã Hoằng Tiến" for "hoang tien") is about it.
  if (title.length > 0) bonus += inTitle / title.length;
  // Every word of the query in a heading: a leader's name on the leaders page, a team's village.
  const inHeadings = (page.weights ?? []).filter((w) => w > 1).length;
  if (inHeadings >= q.length) bonus += 1.5;
  // The query is a whole line of the page (a heading, a name in a list): Pagefind's text ends
  // each block with a full stop.
  if (q.length > 1) {
    const phrase = q.join(' ');
    if (restoreMarked(page.content).split(/[.;:()]\s/).some((line) => folded(line).join(' ') === phrase)) bonus += 2;
  }
  // Marks typed by the reader: the words spelt as typed count, others (dầu for đầu) do not.
  const typed = exactWords(query);
  const marked = typed.filter((w) => foldWord(w) !== w);
  if (marked.length > 0) {
    const exactTitle = exactWords(page.title);
    const exactAll = new Set([...exactTitle, ...exactWords(page.content)]);
    bonus += (2 * marked.filter((w) => exactAll.has(w)).length) / marked.length;
    bonus += marked.filter((w) => exactTitle.includes(w)).length / marked.length;
  }
  return { tier, factor: 1 + bonus };
}

/** The results in their new order: the first RERANK by rankKey, the rest as they were. */
export function rerank<T extends { score: number }>(results: readonly T[], query: string, text: (r: T, i: number) => RankText | undefined): T[] {
  const head = results.slice(0, RERANK).map((r, i) => {
    const t = text(r, i);
    const key = t ? rankKey(query, t) : { tier: 0, factor: 1 };
    return { r, i, tier: key.tier, s: r.score * key.factor };
  });
  head.sort((a, b) => b.tier - a.tier || b.s - a.s || a.i - b.i);
  return [...head.map((h) => h.r), ...results.slice(RERANK)];
}
