import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../extension/_locales/', import.meta.url);
const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8')) as Record<
    string,
    { message: string; placeholders?: object }
  >;

describe('UI strings', () => {
  const locales = readdirSync(dir);
  const en = load('en');

  it('ships English, Arabic and French', () => {
    expect(locales.sort()).toEqual(['ar', 'en', 'fr']);
  });

  for (const locale of ['ar', 'fr']) {
    it(`${locale} has every English key, none empty, same placeholders`, () => {
      const other = load(locale);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(other)) {
        expect(value.message.trim(), key).not.toBe('');
        const placeholders = (m: string) => [...m.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
        expect(placeholders(value.message), key).toEqual(placeholders(en[key]!.message));
      }
    });
  }
});

describe('UI strings in use', () => {
  it('every English key is used by the code or the manifest (no dead strings)', () => {
    const root = new URL('../../', import.meta.url);
    const sources: string[] = [readFileSync(new URL('manifest.json', root), 'utf8')];
    const walk = (dirUrl: URL) => {
      for (const entry of readdirSync(dirUrl, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dirUrl));
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
          sources.push(readFileSync(new URL(entry.name, dirUrl), 'utf8'));
      }
    };
    walk(new URL('src/', root));
    const all = sources.join('\n');
    const unused = Object.keys(load('en')).filter((key) => !all.includes(key));
    expect(unused).toEqual([]);
  });
});
