/**
 * "Did you mean" from the index's own words (issue 15). The indexer counts, per language, the
 * folded words of every indexed page (foldWord: no tone or vowel marks, đ as d, lower case) and
 * writes them most frequent first to /pagefind/tu-vung.<lang>.json. When a word of a query matches
 * nothing, the search page fetches that list (only then) and suggests, for the word: first what a
 * Telex or VNI keyboard left behind without its input method ("thangs" → "thang", "ddaats" →
 * "dat", "hoa2" → "hoa"), then the most frequent word one edit away ("thag" → "thang").
 */

/** The vocabulary file of a language, inside the search bundle. */
export const VOCABULARY_FILE = (lang: string) => `tu-vung.${lang}.json`;

/** Words kept per language: enough for a district's portal, a few tens of kilobytes compressed. */
export const MAX_WORDS = 20_000;

/** A word as the index compares it: marks removed, đ as d, lower case. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Counts pages per word, per language, as the indexer reads them. */
export class Vocabulary {
  private readonly counts = new Map<string, Map<string, number>>();

  /** One page's texts. */
  add(lang: string, ...texts: string[]): void {
    const counts = this.counts.get(lang) ?? new Map<string, number>();
    this.counts.set(lang, counts);
    for (const w of new Set(texts.flatMap(foldedWords))) {
      // Numbers, one-letter words and symbols (m²) make poor suggestions.
      if (w.length > 1 && /^[a-z0-9]+$/.test(w) && /[a-z]/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }

  /** The counts, to keep with an index that a later build reuses (JSON-safe). */
  save(): Record<string, [string, number][]> {
    return Object.fromEntries([...this.counts].map(([lang, counts]) => [lang, [...counts]]));
  }

  /** Adds counts saved from another set of pages (save()). */
  merge(saved: Record<string, [string, number][]>): void {
    for (const [lang, pairs] of Object.entries(saved)) {
      const counts = this.counts.get(lang) ?? new Map<string, number>();
      this.counts.set(lang, counts);
      for (const [w, n] of pairs) counts.set(w, (counts.get(w) ?? 0) + n);
    }
  }

  /** Each language's words, most frequent first (ties alphabetical, so builds are stable), as one string. */
  lists(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [lang, counts] of this.counts) {
      out[lang] = [...counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_WORDS)
        .map(([w]) => w)
        .join(' ');
    }
    return out;
  }
}

/** Telex and VNI keys typed without the input method, undone on a folded word. */
export function withoutKeyboardLeftovers(word: string): string {
  const vni = /\p{L}/u.test(word) ? word.replace(/\d/g, '') : word;
  return vni
    .replace(/dd/g, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u')
    .replace(/w/g, 'u')
    // Tone keys: no Vietnamese syllable has s, f, r, x, j or z after its vowel.
    .replace(/([aeiouy][a-z]*?)[sfrxjz]+/g, '$1')
    .replace(/[fjz]/g, '');
}

/**
 * The one edit that turns the typed word into a known one, or undefined: a letter left out
 * ("thag" → "thang", the commonest slip), two letters swapped, a letter too many, a wrong letter.
 */
export function oneEdit(typed: string, known: string): 'missing' | 'swapped' | 'extra' | 'wrong' | undefined {
  const la = typed.length;
  const lb = known.length;
  if (typed === known || Math.abs(la - lb) > 1) return undefined;
  let i = 0;
  while (i < la && i < lb && typed[i] === known[i]) i++;
  if (la < lb) return typed.slice(i) === known.slice(i + 1) ? 'missing' : undefined;
  if (la > lb) return typed.slice(i + 1) === known.slice(i) ? 'extra' : undefined;
  if (typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2)) return 'swapped';
  return typed.slice(i + 1) === known.slice(i + 1) ? 'wrong' : undefined;
}

const EDIT_ORDER = ['missing', 'swapped', 'extra', 'wrong'] as const;

/** The vocabulary's suggestion for a word that matched nothing, or undefined. `words` is most frequent first. */
export function suggest(word: string, words: readonly string[]): string | undefined {
  const w = foldWord(word);
  const known = new Set(words);
  const cleaned = withoutKeyboardLeftovers(w);
  if (cleaned !== w && known.has(cleaned)) return cleaned;
  if (w.length < 3) return undefined;
  // The likeliest slip first, then the most frequent word (the list's order).
  for (const kind of EDIT_ORDER) {
    const found = words.find((v) => oneEdit(w, v) === kind);
    if (found) return found;
  }
  return undefined;
}
