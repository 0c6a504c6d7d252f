/**
 * The pure part of «Nghe đọc bài» (issue 14; src/components/read-aloud/): which of the browser's voices
 * reads Vietnamese, and the page's text cut into pieces a speech engine reads reliably (Chromium stops
 * an utterance after about 15 seconds, so each piece is a sentence or a few short ones).
 */

export interface VoiceLike { lang: string; name: string; localService?: boolean }

/** A Vietnamese voice: vi-VN first, then any vi-*; a voice on the device before a network one. */
export function vietnameseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  const rank = (v: V) => (norm(v.lang) === 'vi-vn' ? 0 : 1) + (v.localService === false ? 0.5 : 0);
  return voices.filter((v) => norm(v.lang) === 'vi' || norm(v.lang).startsWith('vi-')).sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Blocks of text (headings, paragraphs, list items) as pieces of at most `max` characters: split
 * after sentence ends, short sentences joined, a sentence longer than `max` cut between words.
 */
export function speechPieces(blocks: readonly string[], max = 220): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const sentences = text.match(/[^.!?;…]+(?:[.!?;…]+|$)/g) ?? [text];
    let current = '';
    const flush = () => {
      if (current) out.push(current);
      current = '';
    };
    for (const raw of sentences) {
      const sentence = raw.trim();
      if (!sentence) continue;
      if (sentence.length > max) {
        flush();
        let rest = sentence;
        while (rest.length > max) {
          const cut = rest.lastIndexOf(' ', max);
          const at = cut > 0 ? cut : max;
          out.push(rest.slice(0, at).trim());
          rest = rest.slice(at).trim();
        }
        current = rest;
      } else if (current && current.length + 1 + sentence.length > max) {
        flush();
        current = sentence;
      } else {
        current = current ? `${current} ${sentence}` : sentence;
      }
    }
    flush();
  }
  return out;
}
