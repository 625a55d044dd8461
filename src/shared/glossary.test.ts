import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  draftToEntity,
  emptyDraft,
  emptyGlossary,
  entityToDraft,
  glossaryToFile,
  MAX_GLOSSARY_FILE_BYTES,
  parseGlossaryFile,
  removeEntity,
  scanHostileShape,
  slugify,
  upsertEntity,
  validateEntity,
} from './glossary';
import type { Entity, Pack } from '../text/pack-types';

const entity = (id: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  category: 'organization',
  names: { en: `Name ${id}` },
  aliases: { en: [`Alias ${id}`] },
  summary: { en: 'S' },
  facts: [{ text: { en: 'F' }, date: '2024-01-02', sources: [{ title: 'T', url: 'https://example.org/a' }] }],
  ...extra,
});
const pack = (...entities: Entity[]): Pack => ({
  id: 'personal',
  version: '1',
  title: 'My glossary',
  updated: '2024-05-01',
  entities,
});

describe('parseGlossaryFile', () => {
  it('accepts a valid glossary and export round-trips exactly', () => {
    const p = pack(entity('my-a'), entity('my-b'));
    const r = parseGlossaryFile(glossaryToFile(p));
    expect(r).toEqual({ ok: true, value: p });
  });
  it('refuses invalid JSON', () => {
    const r = parseGlossaryFile('{"id": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/not valid JSON/);
  });
  it('refuses wrong types with a path for each problem', () => {
    const r = parseGlossaryFile(
      JSON.stringify({ ...pack(), entities: [{ ...entity('x'), category: 'spaceship', names: 'AFRICOM' }] }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('entities[0].category'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('entities[0].names'))).toBe(true);
    }
  });
  it('refuses __proto__ / constructor keys anywhere', () => {
    const text = `{"id":"personal","version":"1","title":"t","updated":"2024-01-01","entities":[{"__proto__":{"polluted":1},"id":"x"}]}`;
    const r = parseGlossaryFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/entities\[0\]\.__proto__: .*not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(scanHostileShape(JSON.parse('{"a":{"constructor":{"prototype":{}}}}'))).toEqual([
      'a.constructor: the key "constructor" is not allowed',
    ]);
  });
  it('refuses javascript: and data: sources', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JAVASCRIPT:x']) {
      const e = entity('my-x');
      e.facts[0]!.sources[0]!.url = url;
      const r = parseGlossaryFile(JSON.stringify(pack(e)));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors.join('\n')).toMatch(/entities\[0\]\.facts\[0\]\.sources\[0\]\.url: not an http\(s\) URL/);
    }
  });
  it('refuses deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const r = parseGlossaryFile(`{"id":"p","version":"1","title":"t","updated":"2024-01-01","entities":${deep}}`);
    expect(r.ok).toBe(false);
  });
  it('refuses files over the size limit unread', () => {
    const r = parseGlossaryFile(' '.repeat(MAX_GLOSSARY_FILE_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/larger than/);
  });
  it('reports duplicate ids and clashes with the bundled pack', () => {
    const r = parseGlossaryFile(JSON.stringify(pack(entity('africom'), entity('my-a'), entity('my-a'))), {
      bundledIds: new Set(['africom']),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join('\n')).toMatch(/entities\[2\]\.id: duplicate id "my-a"/);
      expect(r.errors.join('\n')).toMatch(/entities\[0\]\.id: "africom" is already an entity of the bundled pack/);
    }
  });
});

describe('applyImport', () => {
  const current = pack(entity('my-a'), entity('my-b'));
  it('merge adds and replaces by id, keeping the rest', () => {
    const incoming = pack(entity('my-b', { category: 'person' }), entity('my-c'));
    const out = applyImport(current, incoming, 'merge', '2025-01-01');
    expect(out.pack.entities.map((e) => [e.id, e.category])).toEqual([
      ['my-a', 'organization'],
      ['my-b', 'person'],
      ['my-c', 'organization'],
    ]);
    expect(out).toMatchObject({ added: ['my-c'], replaced: ['my-b'], removed: [] });
  });
  it('replace takes the file', () => {
    const out = applyImport(current, pack(entity('my-c')), 'replace', '2025-01-01');
    expect(out.pack.entities.map((e) => e.id)).toEqual(['my-c']);
    expect(out.removed).toEqual(['my-a', 'my-b']);
  });
});

describe('editing', () => {
  it('upsert keeps position when renaming, remove drops', () => {
    let p = upsertEntity(null, entity('my-a'));
    p = upsertEntity(p, entity('my-b'));
    p = upsertEntity(p, entity('my-z'), 'my-a');
    expect(p.entities.map((e) => e.id)).toEqual(['my-z', 'my-b']);
    expect(removeEntity(p, 'my-z').entities.map((e) => e.id)).toEqual(['my-b']);
    expect(emptyGlossary('2024-01-01').entities).toEqual([]);
  });
  it('draft ↔ entity keeps alias options and refuses bad links', () => {
    const e = entity('my-a', { aliases: { en: [{ text: 'TOW', caseSensitive: true }, 'Other'] } });
    const back = draftToEntity(entityToDraft(e), e);
    expect(back).toEqual({ ok: true, value: e });
    const d = entityToDraft(e);
    d.facts[0]!.sourceUrl = 'javascript:alert(1)';
    const bad = draftToEntity(d, e);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^facts\[0\]\.sources\[0\]\.url/);
  });
  it('prefills Arabic or Latin names and slugifies', () => {
    expect(emptyDraft('الأسد الإفريقي').names.ar).toBe('الأسد الإفريقي');
    expect(emptyDraft('Operation Flintlock').names.en).toBe('Operation Flintlock');
    expect(slugify('Opération Flintlock!')).toBe('my-operation-flintlock');
    expect(slugify('الأسد', new Set(['my-term']))).toBe('my-term-2');
    expect(validateEntity({ id: 'Bad Id' }).ok).toBe(false);
  });
});

describe('import fixtures (tests/fixtures/glossaries)', () => {
  const read = (name: string) =>
    readFileSync(new URL(`../../tests/fixtures/glossaries/${name}`, import.meta.url), 'utf8');
  const bundledIds = new Set(['africom']);
  it('accepts valid.json', () => {
    expect(parseGlossaryFile(read('valid.json'), { bundledIds }).ok).toBe(true);
  });
  it.each(['invalid-json.json', 'wrong-types.json', 'proto-keys.json', 'javascript-source.json', 'bundled-clash.json'])(
    'refuses %s',
    (name) => {
      expect(parseGlossaryFile(read(name), { bundledIds }).ok).toBe(false);
    },
  );
});
