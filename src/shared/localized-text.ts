// Which language a reader sees, and the text of a pack field in it.
import { LANGS, type Lang, type LocalizedText } from '../text/pack-types';

/** The reader's language: the setting unless "auto", else the UI language when we have it, else English. */
export function resolveLang(setting: 'auto' | Lang, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return (LANGS as readonly string[]).includes(uiLanguage) ? (uiLanguage as Lang) : 'en';
}

/** Text in `lang` if present, else English, else whichever language is present; with the language used. */
export function pickText(text: LocalizedText, lang: Lang): { text: string; lang: Lang } | undefined {
  for (const l of [lang, 'en', ...LANGS] as Lang[]) {
    const value = text[l];
    if (value !== undefined && value.trim() !== '') return { text: value, lang: l };
  }
  return undefined;
}
