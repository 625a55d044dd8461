import { describe, expect, it } from 'vitest';
import { validateGlossaryPack, validatePack } from './validate-pack';
import fixture from './fixtures/test-pack.json';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function validPack(): Record<string, unknown> {
  return {
    id: 'p',
    version: '1',
    title: 'T',
    updated: '2024-02-29',
    entities: [
      {
        id: 'africom',
        category: 'organization',
        names: { en: 'AFRICOM' },
        aliases: { en: ['AFRICOM', { text: 'TOW', caseSensitive: true }] },
        summary: { en: 'x' },
        facts: [{ text: { en: 'f' }, date: '2007-10-01', sources: [{ title: 's', url: 'https://example.org/a' }] }],
      },
    ],
  };
}

function errorsOf(data: unknown): string[] {
  const r = validatePack(data);
  return r.ok ? [] : r.errors;
}

describe('validatePack', () => {
  it('accepts a valid pack and the engine fixture', () => {
    expect(validatePack(validPack()).ok).toBe(true);
    expect(validatePack(fixture).ok).toBe(true);
  });

  it('returns a fresh deep copy', () => {
    const input = validPack();
    const r = validatePack(input);
    if (!r.ok) throw new Error('expected ok');
    expect(r.pack).toEqual(input);
    expect(r.pack).not.toBe(input);
    expect(r.pack.entities[0]).not.toBe((input.entities as unknown[])[0]);
  });

  it('reports every problem with its path', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.id = 'Not_Kebab';
    e.category = 'planet';
    (e.facts as Record<string, unknown>[])[0] = {
      text: { en: 'f' },
      date: '2024-02-30',
      sources: [
        { title: 's', url: 'javascript:alert(1)' },
        { title: 's', url: 'data:text/html,x' },
      ],
    };
    (e.facts as Record<string, unknown>[]).push({ text: { en: 'g' }, sources: [] });
    p.updated = '2024-13-01';
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        'entities[0].id: not a kebab-case id (a-z, 0-9, single hyphens)',
        'entities[0].category: must be one of organization, person, exercise, weapon, place, agreement',
        'entities[0].facts[0].date: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'entities[0].facts[0].sources[0].url: not an http(s) URL',
        'entities[0].facts[0].sources[1].url: not an http(s) URL',
        'entities[0].facts[1]: needs date, from or asOf',
        'entities[0].facts[1].sources: needs at least one source',
        'updated: not an ISO date (YYYY-MM-DD)',
      ]),
    );
  });

  it('rejects duplicate entity ids', () => {
    const p = validPack();
    const list = p.entities as unknown[];
    list.push(clone(list[0]));
    expect(errorsOf(p)).toContain('entities[1].id: duplicate id "africom" (also entities[0])');
  });

  it('reports unknown fields, including __proto__ and constructor, without polluting', () => {
    const p =
      JSON.parse(`{"id":"p","version":"1","title":"T","updated":"2024-01-01","extra":1,"__proto__":{"polluted":true},
      "entities":[{"id":"a","category":"place","names":{"en":"A","de":"B"},"aliases":{"en":["A"]},"summary":{"en":"s"},"facts":[],"constructor":{"prototype":{"x":1}}}]}`) as unknown;
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        'extra: unknown field',
        '__proto__: unknown field',
        'entities[0].names.de: unknown field',
        'entities[0].constructor: unknown field',
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects wrong types and non-objects without throwing', () => {
    for (const bad of [null, 42, 'x', [], [1], { entities: 'no' }, { entities: [null, 3, []] }]) {
      const r = validatePack(bad);
      expect(r.ok).toBe(false);
    }
    expect(errorsOf({ ...validPack(), entities: [null] })).toContain('entities[0]: must be an object, got null');
  });

  it('survives deep nesting in unknown fields', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100000; i++) deep = { a: deep };
    const p = { ...validPack(), deep };
    expect(errorsOf(p)).toEqual(['deep: unknown field']);
  });

  it('caps string lengths and list sizes', () => {
    const p = validPack();
    p.title = 'x'.repeat(10000);
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.aliases = { en: ['ok', 'y'.repeat(500)] };
    const errors = errorsOf(p);
    expect(errors).toContain('title: too long (10000 > 300 characters)');
    expect(errors).toContain('entities[0].aliases.en[1]: too long (500 > 200 characters)');
  });

  it('checks alias options and context rules', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.aliases = { en: [{ text: 'x', needsContext: true, caseSensitive: 'yes' }, { text: 'ً' }, 5], xx: [] };
    e.context = { requires: [], window: -1, side: 'before' };
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        'entities[0].aliases.en[0].caseSensitive: must be true or false, got string',
        'entities[0].aliases.en[1].text: has no letters left after normalisation',
        'entities[0].aliases.en[2]: must be an object, got number',
        'entities[0].aliases.xx: unknown field',
        'entities[0].context.window: must be an integer from 1 to 2000',
        'entities[0].context.side: must be "after" (or absent: both sides)',
        'entities[0].context: needs requires, vetoes or weights words',
      ]),
    );
  });

  it('checks weighted cue words: numbers in range, words non-empty and distinct once normalised, capped', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.context = {
      weights: {
        helicopter: 2.3,
        tribe: -3.1,
        army: '1',
        rotor: Number.NaN,
        ' ': 1,
        Boeing: 11,
        BOEING: 1,
        x: Infinity,
      },
    };
    expect(errorsOf(p)).toEqual([
      'entities[0].context.weights["army"]: weight must be a finite number from -10 to 10',
      'entities[0].context.weights["rotor"]: weight must be a finite number from -10 to 10',
      'entities[0].context.weights[" "]: word is empty after normalisation',
      'entities[0].context.weights["Boeing"]: weight must be a finite number from -10 to 10',
      'entities[0].context.weights["BOEING"]: same word as "Boeing" once normalised',
      'entities[0].context.weights["x"]: weight must be a finite number from -10 to 10',
    ]);
    e.context = { weights: Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`w${i}`, 0.5])) };
    expect(errorsOf(p)).toEqual(['entities[0].context.weights: has 401 words, more than 400']);
    e.context = { weights: [1, 2] };
    expect(errorsOf(p)).toContain('entities[0].context.weights: must be an object, got array');
    e.context = { weights: {} };
    expect(errorsOf(p)).toEqual(['entities[0].context: needs requires, vetoes or weights words']);
  });

  it('keeps valid weights, a weights-only rule, and a "__proto__" word as a plain word', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.context = JSON.parse('{"weights": {"helicopter": 2.3, "tribe": -3.1, "__proto__": 0.5}}') as unknown;
    const r = validatePack(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const weights = r.pack.entities[0]!.context!.weights!;
    expect(Object.getPrototypeOf(weights)).toBe(Object.prototype);
    expect(Object.entries(weights)).toEqual([
      ['helicopter', 2.3],
      ['tribe', -3.1],
      ['__proto__', 0.5],
    ]);
  });

  it('requires names in at least one language, not all three', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    e.names = { ar: 'أفريكوم' };
    expect(validatePack(p).ok).toBe(true);
    e.names = {};
    expect(errorsOf(p)).toContain('entities[0].names: needs at least one of en, ar, fr');
  });

  it('glossary mode: summary and facts optional', () => {
    const p = validPack();
    const e = (p.entities as Record<string, unknown>[])[0]!;
    delete e.summary;
    delete e.facts;
    expect(validatePack(p).ok).toBe(false);
    const r = validateGlossaryPack(p);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.entities[0]!.facts).toEqual([]);
  });
});

describe('relations', () => {
  const withRelations = (relations: unknown[]) => {
    const p = validPack();
    const entities = p.entities as Record<string, unknown>[];
    entities.push({
      id: 'michael-langley',
      category: 'person',
      names: { en: 'Langley' },
      aliases: { en: ['Langley'] },
      summary: { en: 'x' },
      facts: [],
    });
    entities[1]!.relations = relations;
    return p;
  };

  it('accepts relations to known ids with their dates', () => {
    const r = validatePack(
      withRelations([{ type: 'commanded', target: 'africom', from: '2022-08-09', until: '2025-08-15' }]),
    );
    expect(r.ok ? r.pack.entities[1]!.relations : r.errors).toEqual([
      { type: 'commanded', target: 'africom', from: '2022-08-09', until: '2025-08-15' },
    ]);
  });

  it('rejects an unknown target, naming the path', () => {
    expect(errorsOf(withRelations([{ type: 'part-of', target: 'nowhere' }]))).toEqual([
      'entities[1].relations[0].target: unknown entity id "nowhere" (no entity of this pack has it)',
    ]);
  });

  it('rejects a bad type, a self link, missing or inverted dates, and unknown fields', () => {
    expect(errorsOf(withRelations([{ type: 'likes', target: 'africom' }]))).toEqual([
      'entities[1].relations[0].type: must be one of successor-of, commands, commanded, part-of, located-in, party-to',
    ]);
    expect(errorsOf(withRelations([{ type: 'part-of', target: 'michael-langley' }]))).toEqual([
      'entities[1].relations[0].target: "michael-langley" is the entity itself',
    ]);
    expect(errorsOf(withRelations([{ type: 'commanded', target: 'africom', from: '2022' }]))).toEqual([
      'entities[1].relations[0]: "commanded" needs from and until dates',
    ]);
    expect(errorsOf(withRelations([{ type: 'commands', target: 'africom', from: '2022', until: '2023' }]))).toEqual([
      'entities[1].relations[0].until: "commands" is current: use "commanded" for a command that ended',
    ]);
    expect(errorsOf(withRelations([{ type: 'part-of', target: 'africom', from: '2024', until: '2023' }]))).toEqual([
      'entities[1].relations[0].until: is before from (2024)',
    ]);
    expect(errorsOf(withRelations([{ type: 'part-of', target: 'africom', via: 'x' }]))).toEqual([
      'entities[1].relations[0].via: unknown field',
    ]);
  });

  it('requires asOf on a volatile fact', () => {
    const p = validPack();
    (p.entities as { facts: Record<string, unknown>[] }[])[0]!.facts[0]!.volatile = true;
    expect(errorsOf(p)).toEqual([
      'entities[0].facts[0].asOf: is required for a volatile fact (the day it was last checked)',
    ]);
  });
});

describe('facts with time', () => {
  const withFact = (fact: Record<string, unknown>): Record<string, unknown> => {
    const p = validPack();
    (p.entities as { facts: Record<string, unknown>[] }[])[0]!.facts = [
      { text: { en: 'commands AFRICOM' }, sources: [{ title: 's', url: 'https://example.org/a' }], ...fact },
    ];
    return p;
  };

  it('accepts a state with from, and with from and until', () => {
    expect(errorsOf(withFact({ from: '2022-08-09' }))).toEqual([]);
    const r = validatePack(withFact({ from: '2022-08-09', until: '2025-08-15' }));
    expect(r.ok && r.pack.entities[0]!.facts[0]).toMatchObject({ from: '2022-08-09', until: '2025-08-15' });
  });

  it('rejects until without from, until before from, and a fact that is both event and state', () => {
    expect(errorsOf(withFact({ asOf: '2024', until: '2025' }))).toEqual([
      'entities[0].facts[0].until: needs from (the day the state began)',
    ]);
    expect(errorsOf(withFact({ from: '2025-08-15', until: '2022-08-09' }))).toEqual([
      'entities[0].facts[0].until: is before from (2025-08-15)',
    ]);
    expect(errorsOf(withFact({ date: '2024-01-01', from: '2022' }))).toEqual([
      'entities[0].facts[0].from: an event (date) has no from: a fact is an event or a state',
    ]);
    expect(errorsOf(withFact({ from: '2022-13' }))).toEqual([
      'entities[0].facts[0].from: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});
