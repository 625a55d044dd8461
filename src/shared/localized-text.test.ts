import { describe, expect, it } from 'vitest';
import { pickText, resolveLang } from './localized-text';

describe('resolveLang', () => {
  it('keeps a chosen language, else takes the UI language when Glossa has it, else English', () => {
    expect(resolveLang('fr', 'ar')).toBe('fr');
    expect(resolveLang('auto', 'ar')).toBe('ar');
    expect(resolveLang('auto', 'de')).toBe('en');
  });
});

describe('pickText', () => {
  it('falls back to English, then to any language present; blank text counts as absent', () => {
    expect(pickText({ en: 'Rabat', fr: 'Rabat (FR)' }, 'fr')).toEqual({ text: 'Rabat (FR)', lang: 'fr' });
    expect(pickText({ en: 'Rabat', fr: '  ' }, 'fr')).toEqual({ text: 'Rabat', lang: 'en' });
    expect(pickText({ ar: 'الرباط' }, 'fr')).toEqual({ text: 'الرباط', lang: 'ar' });
    expect(pickText({}, 'en')).toBeUndefined();
  });
});
