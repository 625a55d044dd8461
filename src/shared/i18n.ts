import browser from './browser';

/** UI strings come from _locales (en, ar, fr) through the browser's i18n API. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language's base tag (en, ar, fr…), as the browser chose the _locales folder. */
export function uiLanguage(): string {
  return (browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage()).split(/[-_]/)[0] ?? 'en';
}

function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Sets lang and dir on an extension page's root so Arabic lays out right to left. */
export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDirection();
}
