import { describe, expect, it } from 'vitest';
import { USAGE_NOT_FOUND_NOTE, corpusPlace, duplicateIdErrors, validateCorpusFile } from './passage';

const good = {
  id: 'en-apache-001',
  alias: 'Apache',
  sense: 'other' as const,
  kind: 'software' as const,
  seenAt: ['https://example.org/apache'],
  text: 'The Apache web server was patched.',
  mentions: {},
};
const place = { lang: 'en', split: 'dev' } as const;

describe('corpusPlace', () => {
  it('reads language and split from the path', () => {
    expect(corpusPlace('en/test/apache.json')).toEqual({ lang: 'en', split: 'test' });
    expect(corpusPlace('ar/holdout/apache.json')).toEqual({ lang: 'ar', split: 'holdout' });
    expect(corpusPlace('de/test/apache.json')).toMatch(/unknown language/);
    expect(corpusPlace('en/train/apache.json')).toMatch(/unknown split/);
    expect(corpusPlace('en/apache.json')).toMatch(/expected <lang>/);
  });
});

describe('validateCorpusFile', () => {
  it('accepts a well-formed passage and tags it with file, language and split', () => {
    const r = validateCorpusFile('f.json', place, [good]);
    expect(r).toEqual({ ok: true, passages: [{ ...good, file: 'f.json', lang: 'en', split: 'dev' }] });
  });

  it('names the file and the passage id for each error', () => {
    const bad = { ...good, sense: 'both', mentions: { 'ah-64-apache': 0 }, extra: 1 };
    const r = validateCorpusFile('f.json', place, [good, bad]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'f.json en-apache-001: unknown field "extra"',
      'f.json en-apache-001: "sense" must be one of story, other, mixed',
      'f.json en-apache-001: mentions.ah-64-apache must be a whole number ≥ 1',
    ]);
  });

  it('rejects ids of another language, missing URLs, an empty alias and a non-array file', () => {
    const r = validateCorpusFile('f.json', place, [
      { ...good, id: 'ar-apache-001', seenAt: ['not a url'], alias: ' ' },
    ]);
    expect(r.ok ? [] : r.errors).toEqual(
      [
        'f.json ar-apache-001: "id" must look like en-<topic>-<nnn>',
        '"alias" must be a non-empty string',
        'f.json ar-apache-001: "seenAt" must be an array of http(s) URLs',
      ].map((e) => (e.startsWith('f.json') ? e : `f.json ar-apache-001: ${e}`)),
    );
    expect(validateCorpusFile('f.json', place, {})).toEqual({
      ok: false,
      errors: ['f.json: expected a JSON array of passages'],
    });
    expect(validateCorpusFile('f.json', place, [null])).toEqual({
      ok: false,
      errors: ['f.json [0]: a passage must be an object'],
    });
  });
});

describe('seenAt and note', () => {
  const errorsOf = (p: Record<string, unknown>) => {
    const r = validateCorpusFile('f.json', place, [p]);
    return r.ok ? [] : r.errors;
  };

  it('accepts an empty seenAt only with the usage-not-found note', () => {
    expect(errorsOf({ ...good, seenAt: [], note: USAGE_NOT_FOUND_NOTE })).toEqual([]);
    expect(errorsOf({ ...good, seenAt: [] })).toEqual([
      `f.json en-apache-001: "seenAt" may be empty only with "note": "${USAGE_NOT_FOUND_NOTE}"`,
    ]);
    expect(errorsOf({ ...good, seenAt: [], note: 'found it somewhere' })).toEqual([
      `f.json en-apache-001: "seenAt" may be empty only with "note": "${USAGE_NOT_FOUND_NOTE}"`,
    ]);
  });

  it('accepts another note beside URLs, but not an empty or non-string one', () => {
    expect(errorsOf({ ...good, note: 'the spelling itself was not seen' })).toEqual([]);
    expect(errorsOf({ ...good, note: ' ' })).toEqual([
      'f.json en-apache-001: "note" must be a non-empty string when present',
    ]);
    expect(errorsOf({ ...good, note: 3 })).toEqual([
      'f.json en-apache-001: "note" must be a non-empty string when present',
    ]);
  });
});

describe('duplicateIdErrors', () => {
  it('reports an id used twice with both files', () => {
    const a = { ...good, file: 'a.json', lang: 'en', split: 'dev' } as const;
    expect(duplicateIdErrors([a, { ...a, file: 'b.json' }])).toEqual([
      'b.json en-apache-001: duplicate id (also in a.json)',
    ]);
  });
});
