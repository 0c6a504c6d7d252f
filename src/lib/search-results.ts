/**
 * What the search page shows of Pagefind's answers, computed without the DOM so it can be tested:
 * excerpts as text runs (never injected as HTML), dates, facet options with counts, the summary line.
 */
import type { ArchiveManifest } from './search-archive.ts';
import type { Option } from './search-facets.ts';
import { restoreMarked } from './search-fold.ts';

export interface Run {
  text: string;
  /** A word that matched the query. */
  mark: boolean;
}

/** Pagefind escapes "<" and ">" of the page text when it builds an excerpt, and nothing else. */
const unescapeAngles = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Pagefind's excerpt ("… <mark>Đông</mark> …", with "<" and ">" of the page text escaped) as runs
 * of plain text: marks become flags, the escapes are undone, đ/Đ restored. Nothing is injected as HTML.
 */
export function excerptRuns(excerpt: string): Run[] {
  const runs: Run[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = restoreMarked(unescapeAngles(part));
      const last = runs[runs.length - 1];
      if (last && last.mark === mark) last.text += text;
      else runs.push({ text, mark });
    }
  }
  return runs;
}

/** "2023-03-15" → "15/03/2023"; anything else → undefined. */
export function displayDate(iso: string | undefined): string | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : undefined;
}

/**
 * What the archive holds, after "Tìm cả trong lưu trữ:": the older news and documents up to a day,
 * and at province scale the undated pages the recent index had no room for.
 */
export function archiveNote(m: ArchiveManifest): string {
  const dated = m.newest ? `tin và văn bản đến ngày ${displayDate(m.newest)}` : '';
  const undated = m.undated ? `${m.undated.toLocaleString('vi-VN')} trang khác (thủ tục, sản phẩm, dự án…)` : '';
  return [dated, undated].filter(Boolean).join(', cùng ');
}

export interface FacetOption extends Option {
  count: number;
}

/**
 * A facet's choices: values with results (and the chosen one even without), labelled from `known`
 * (in its order) or shown as they are (years, newest first).
 */
export function facetOptions(counts: Record<string, number> | undefined, known: readonly Option[] | undefined, chosen?: string): FacetOption[] {
  const c = counts ?? {};
  const values = new Set(Object.keys(c).filter((v) => (c[v] ?? 0) > 0));
  if (chosen) values.add(chosen);
  const order = known?.map((o) => o.value) ?? [];
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return [...values]
    .sort((a, b) => rank(a) - rank(b) || b.localeCompare(a, 'vi', { numeric: true }))
    .map((value) => ({ value, label: known?.find((o) => o.value === value)?.label ?? value, count: c[value] ?? 0 }));
}

/** The line announced after each search; `within` names the one unit searched ("xã Hoằng Tiến"), if any. */
export function summary(count: number, q: string, within?: string, lang: SearchLang = 'vi'): string {
  if (lang === 'en') {
    if (count === 0) return `No results for “${q}”. Try other or fewer words.`;
    return `${count.toLocaleString('en-GB')} result${count === 1 ? '' : 's'} for “${q}”.`;
  }
  const where = within ? ` trong ${within}` : '';
  if (count === 0) {
    const wider = within ? ', hoặc tìm trên toàn cổng' : '';
    return `Không tìm thấy kết quả nào cho «${q}»${where}. Hãy thử từ khóa khác, ít từ hơn, bỏ bớt bộ lọc${wider}.`;
  }
  return `Tìm thấy ${count.toLocaleString('vi-VN')} kết quả cho «${q}»${where}.`;
}

/** The languages a search page speaks: the Vietnamese pages' and the English page's (/en/search/). */
export type SearchLang = 'vi' | 'en';

/** What the search page's script writes, in each language (the page's own text is in its template). */
export const SEARCH_TEXT = {
  vi: {
    searching: 'Đang tìm…',
    all: 'Tất cả',
    failed: 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
    dev: 'Chỉ mục tìm kiếm chỉ có trong bản dựng (npm run build, rồi npm start).',
    shown: (n: number, total: number) => `Đang hiện ${n.toLocaleString('vi-VN')} trên ${total.toLocaleString('vi-VN')} kết quả.`,
    dropped: (words: string[]) => `Không trang nào có ${words.length > 1 ? 'các từ' : 'từ'} ${words.map((w) => `«${w}»`).join(', ')}, nên kết quả dưới đây không tính ${words.length > 1 ? 'các từ này' : 'từ này'}.`,
    unknown: (words: string[]) => `Không trang nào có ${words.length > 1 ? 'các từ' : 'từ'} ${words.map((w) => `«${w}»`).join(', ')}.`,
    didYouMean: 'Có phải bạn muốn tìm',
    locale: 'vi-VN',
  },
  en: {
    searching: 'Searching…',
    all: 'All',
    failed: 'The search could not be loaded. Check your connection and try again.',
    dev: 'The search index exists only in a build (npm run build, then npm start).',
    shown: (n: number, total: number) => `Showing ${n.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} results.`,
    dropped: (words: string[]) => `No page has ${words.map((w) => `“${w}”`).join(', ')}, so the results below leave ${words.length > 1 ? 'them' : 'it'} out.`,
    unknown: (words: string[]) => `No page has ${words.map((w) => `“${w}”`).join(', ')}.`,
    didYouMean: 'Did you mean',
    locale: 'en-GB',
  },
} as const;
