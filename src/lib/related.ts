/**
 * "Tin liên quan" under an article: other news of the same unit, those of the same category first,
 * then those sharing a keyword. Nothing unrelated is added to fill the block: an empty block is
 * better than a misleading one, and the archive is one click away.
 */

export interface RelatedCandidate {
  id: string;
  data: { unit: string; category: string; tags?: readonly string[]; published: Date; title: string };
}

/** Editors type keywords freely: "Cải cách hành chính" and "cải cách  hành chính" are the same tag. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function sharedTags(a: RelatedCandidate, b: RelatedCandidate): number {
  const mine = new Set((a.data.tags ?? []).map(normalizeTag));
  return new Set((b.data.tags ?? []).map(normalizeTag).filter((t) => mine.has(t))).size;
}

export function relatedArticles<T extends RelatedCandidate>(current: T, candidates: readonly T[], limit = 5): T[] {
  const scored = candidates
    .filter((c) => c.id !== current.id && c.data.unit === current.data.unit)
    .map((c) => ({ c, sameCategory: c.data.category === current.data.category, shared: sharedTags(current, c) }))
    .filter((s) => s.sameCategory || s.shared > 0);
  scored.sort(
    (a, b) =>
      Number(b.sameCategory) - Number(a.sameCategory) ||
      b.shared - a.shared ||
      b.c.data.published.getTime() - a.c.data.published.getTime() ||
      a.c.data.title.localeCompare(b.c.data.title, 'vi'),
  );
  return scored.slice(0, Math.max(0, limit)).map((s) => s.c);
}
