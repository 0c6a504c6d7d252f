/**
 * Vietnamese typed without diacritics (issue 5): "dich vu cong" must find "dịch vụ công" and
 * "dong" must find "Đông".
 *
 * Pagefind already folds tone and vowel marks: it indexes each word with its combining marks
 * stripped ("Hoằng" → "hoang") and strips them from the query too, ranking exact matches first.
 * But đ/Đ are letters of their own, not d plus a mark, so Unicode decomposition leaves them alone
 * and "dong" would never reach "Đông". We fold đ the same way on both sides instead of indexing a
 * second, folded copy of every page:
 *
 * - Index side (markForIndex): each đ/Đ becomes d/D followed by U+0335 COMBINING SHORT STROKE
 *   OVERLAY. Pagefind drops non-alphanumeric characters and combining marks when it makes index
 *   words, so "Đông" is indexed as "dông" (and "dong"), "123/QĐ-UBND" as "123qdubnd". The text it
 *   stores for excerpts keeps the mark, words keep their positions, so highlights still line up.
 * - Query side (foldQuery): đ/Đ become d/D, so "Đông" looks for "dông", "123/QĐ-UBND" for
 *   "123qdubnd"; tone marks are left for Pagefind, which prefers pages with the exact marks.
 * - Display (restoreMarked): titles and excerpts come back with d/D + U+0335 turned into đ/Đ, so the
 *   reader sees the original text. Editors' text is NFC Vietnamese and never contains d + U+0335, so
 *   the round trip is exact.
 */

/** The mark that stands for the stroke of đ/Đ in indexed text. */
export const STROKE = '\u0335';

/** Indexed text: đ/Đ as d/D + STROKE, everything else unchanged. */
export function markForIndex(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text from the index as the reader should see it: the inverse of markForIndex. */
export function restoreMarked(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/** A reader's query as Pagefind should receive it: NFC, đ/Đ folded to d/D, spaces collapsed. */
export function foldQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .trim();
}
