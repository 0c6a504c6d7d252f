/**
 * UI strings: src/i18n/vi.json is the default and the list of keys; en.json must have the same keys
 * (a test checks). `{name}` placeholders are filled from the values passed.
 */
import vi from '../i18n/vi.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

export type Lang = 'vi' | 'en';
export type UiKey = keyof typeof vi;

const dictionaries: Record<Lang, Record<UiKey, string>> = { vi, en };

export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key] ?? dictionaries.vi[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function translator(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}
