import { describe, expect, it } from 'vitest';
// The ES module build (the UMD one needs a window); the same phrases the admin bundle registers.
import { en } from 'decap-cms-locales/dist/esm/index.js';
import { vi } from './locale-vi.ts';

type Phrases = { [key: string]: string | Phrases };

/** "editor.editorToolbar.publish" → phrase, for every phrase of a locale. */
function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = flatten(en as unknown as Phrases);
const ours = flatten(vi);

/** Phrases that are the same in both languages: names of products and placeholders only. */
const SAME_IN_BOTH = new Set(['auth.loginWithNetlifyIdentity', 'ui.toast.onFailToAuth', 'workflow.workflowCard.lastChangeNoAuthor']);

describe('the Vietnamese CMS locale', () => {
  it('has every phrase Decap has in English, so none falls back to English', () => {
    expect([...english.keys()].filter((k) => !ours.has(k))).toEqual([]);
  });

  it('has no phrase Decap does not know (a typo in a key would silently fall back to English)', () => {
    expect([...ours.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it.each([...english.keys()].filter((k) => !SAME_IN_BOTH.has(k)))('translates %s', (key) => {
    expect(ours.get(key)).not.toBe(english.get(key));
  });

  it.each([...english.keys()])('keeps the placeholders of %s', (key) => {
    expect(placeholders(ours.get(key) ?? '')).toEqual(placeholders(english.get(key)!));
  });

  it('is in Unicode NFC, as Vietnamese text must be (TCVN 6909)', () => {
    const notNfc = [...ours].filter(([, v]) => v !== v.normalize('NFC')).map(([k]) => k);
    expect(notNfc).toEqual([]);
  });
});
