/**
 * The single gate for untrusted pack JSON (bundled pack, user glossaries, imports).
 *
 * Reports every problem with its path and rejects the pack whole on any error. Safe on hostile
 * input: only own enumerable properties are read, the walk follows the known shape only (so deep
 * nesting in unknown fields costs nothing), unknown keys — including __proto__ and constructor —
 * are reported, strings and arrays are capped, and the result is a fresh plain deep copy built
 * from checked values only (no prototype pollution, no shared references with the input).
 */
import type {
  Alias,
  AliasOptions,
  ContextRule,
  Entity,
  Fact,
  Lang,
  LocalizedText,
  Pack,
  Relation,
  RelationType,
  Source,
} from './pack-types';
import { CATEGORIES, LANGS, RELATION_TYPES } from './pack-types';
import { foldString } from './normalise';
import { debug } from '../shared/debug-log';

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /**
   * User glossaries: `summary` and `facts` may be omitted (they default to {} and []).
   * Names and summaries in only one language are accepted in both modes; the bundled pack's
   * three-language requirement is checked by its own test.
   */
  glossary?: boolean;
}

export const LIMITS = {
  idLength: 64,
  shortText: 300, // titles, names, versions
  aliasLength: 200,
  longText: 2000, // summaries, fact texts
  urlLength: 2048,
  entities: 20000,
  aliasesPerLang: 500,
  facts: 100,
  sources: 20,
  contextWords: 200,
  /** Weighted cue words per context rule, and the largest |weight| (log-odds). */
  cueWords: 400,
  maxWeight: 10,
  relations: 50,
  /** Other-sense phrases per language of an entity. */
  otherSensesPerLang: 200,
  maxWindow: 2000,
  maxErrors: 200,
} as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Obj = Record<string, unknown>;

class Collector {
  readonly errors: string[] = [];
  add(path: string, message: string): void {
    if (this.errors.length < LIMITS.maxErrors) this.errors.push(`${path}: ${message}`);
    else if (this.errors.length === LIMITS.maxErrors) this.errors.push('…: too many errors, stopped reporting');
  }
}

function isPlainObject(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function checkKeys(o: Obj, allowed: readonly string[], path: string, c: Collector): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) c.add(path === '' ? key.slice(0, 50) : `${path}.${key.slice(0, 50)}`, 'unknown field');
  }
}

function str(v: unknown, path: string, c: Collector, max: number, required = true): string | undefined {
  if (v === undefined) {
    if (required) c.add(path, 'is required');
    return undefined;
  }
  if (typeof v !== 'string') {
    c.add(path, `must be a string, got ${describe(v)}`);
    return undefined;
  }
  if (v.trim().length === 0) {
    c.add(path, 'must not be empty');
    return undefined;
  }
  if (v.length > max) {
    c.add(path, `too long (${v.length} > ${max} characters)`);
    return undefined;
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function arr(v: unknown, path: string, c: Collector, max: number, required = true): unknown[] | undefined {
  if (v === undefined) {
    if (required) c.add(path, 'is required');
    return undefined;
  }
  if (!Array.isArray(v)) {
    c.add(path, `must be an array, got ${describe(v)}`);
    return undefined;
  }
  if (v.length > max) {
    c.add(path, `too many items (${v.length} > ${max})`);
    return undefined;
  }
  return v;
}

function obj(v: unknown, path: string, c: Collector, required = true): Obj | undefined {
  if (v === undefined) {
    if (required) c.add(path, 'is required');
    return undefined;
  }
  if (!isPlainObject(v)) {
    c.add(path, `must be an object, got ${describe(v)}`);
    return undefined;
  }
  return v;
}

function bool(v: unknown, path: string, c: Collector): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') {
    c.add(path, `must be true or false, got ${describe(v)}`);
    return undefined;
  }
  return v;
}

export function isIsoDate(s: string, fullOnly = false): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (fullOnly && d === undefined) return false;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function date(v: unknown, path: string, c: Collector, fullOnly: boolean): string | undefined {
  const s = str(v, path, c, 10);
  if (s === undefined) return undefined;
  if (!isIsoDate(s, fullOnly)) {
    c.add(path, fullOnly ? 'not an ISO date (YYYY-MM-DD)' : 'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
    return undefined;
  }
  return s;
}

export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch (e) {
    debug('validate pack: URL', e);
    return false;
  }
}

function localized(v: unknown, path: string, c: Collector, max: number, required: boolean): LocalizedText | undefined {
  const o = obj(v, path, c, required);
  if (o === undefined) return required ? undefined : {};
  checkKeys(o, LANGS, path, c);
  const out: LocalizedText = {};
  for (const lang of LANGS) {
    const s = str(own(o, lang), `${path}.${lang}`, c, max, false);
    if (s !== undefined) out[lang] = s;
  }
  if (required && Object.keys(out).length === 0 && !LANGS.some((l) => own(o, l) !== undefined)) {
    c.add(path, 'needs at least one of en, ar, fr');
  }
  return out;
}

function words(v: unknown, path: string, c: Collector): string[] | undefined {
  const a = arr(v, path, c, LIMITS.contextWords, false);
  if (a === undefined) return undefined;
  const out: string[] = [];
  a.forEach((w, i) => {
    const s = str(w, `${path}[${i}]`, c, LIMITS.aliasLength);
    if (s !== undefined) out.push(s);
  });
  return out;
}

/** Cue word → finite weight in [-maxWeight, maxWeight]; words non-empty once folded, distinct once folded. */
function weights(v: unknown, path: string, c: Collector): Record<string, number> | undefined {
  const o = obj(v, path, c, false);
  if (o === undefined) return undefined;
  const keys = Object.keys(o);
  if (keys.length > LIMITS.cueWords) {
    c.add(path, `has ${keys.length} words, more than ${LIMITS.cueWords}`);
    return undefined;
  }
  const entries: [string, number][] = [];
  const folded = new Map<string, string>();
  for (const key of keys) {
    const at = `${path}[${JSON.stringify(key.slice(0, 50))}]`;
    const w = o[key];
    const f = foldString(key);
    if (key.length > LIMITS.aliasLength) c.add(at, `word longer than ${LIMITS.aliasLength} characters`);
    else if (f.length === 0) c.add(at, 'word is empty after normalisation');
    else if (folded.has(f)) c.add(at, `same word as ${JSON.stringify(folded.get(f))} once normalised`);
    else {
      folded.set(f, key);
      if (typeof w !== 'number' || !Number.isFinite(w) || Math.abs(w) > LIMITS.maxWeight) {
        c.add(at, `weight must be a finite number from -${LIMITS.maxWeight} to ${LIMITS.maxWeight}`);
      } else entries.push([key, w]);
    }
  }
  // fromEntries defines own data properties: a "__proto__" word stays a word, not a prototype.
  return Object.fromEntries(entries);
}

function contextRule(v: unknown, path: string, c: Collector): ContextRule | undefined {
  const o = obj(v, path, c, false);
  if (o === undefined) return undefined;
  checkKeys(o, ['requires', 'vetoes', 'weights', 'window', 'side'], path, c);
  const out: ContextRule = {};
  const requires = words(own(o, 'requires'), `${path}.requires`, c);
  const vetoes = words(own(o, 'vetoes'), `${path}.vetoes`, c);
  const cues = weights(own(o, 'weights'), `${path}.weights`, c);
  if (requires !== undefined) out.requires = requires;
  if (vetoes !== undefined) out.vetoes = vetoes;
  if (cues !== undefined) out.weights = cues;
  const w = own(o, 'window');
  if (w !== undefined) {
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 1 || w > LIMITS.maxWindow) {
      c.add(`${path}.window`, `must be an integer from 1 to ${LIMITS.maxWindow}`);
    } else out.window = w;
  }
  const side = own(o, 'side');
  if (side !== undefined) {
    if (side !== 'after') c.add(`${path}.side`, 'must be "after" (or absent: both sides)');
    else out.side = side;
  }
  // A malformed weights object has been reported already; an absent or empty one leaves the rule without words.
  const rawCues = own(o, 'weights');
  const noCues = rawCues === undefined || (isPlainObject(rawCues) && Object.keys(rawCues).length === 0);
  if ((requires?.length ?? 0) === 0 && (vetoes?.length ?? 0) === 0 && noCues) {
    c.add(path, 'needs requires, vetoes or weights words');
  }
  return out;
}

function aliasText(v: unknown, path: string, c: Collector): string | undefined {
  const s = str(v, path, c, LIMITS.aliasLength);
  if (s !== undefined && foldString(s).length === 0) {
    c.add(path, 'has no letters left after normalisation');
    return undefined;
  }
  return s;
}

function alias(v: unknown, path: string, c: Collector, entityHasContext: boolean): Alias | undefined {
  if (typeof v === 'string') return aliasText(v, path, c);
  const o = obj(v, path, c);
  if (o === undefined) return undefined;
  checkKeys(o, ['text', 'caseSensitive', 'wholeWord', 'needsContext', 'context', 'afterMention', 'foreignG'], path, c);
  const text = aliasText(own(o, 'text'), `${path}.text`, c);
  const out: AliasOptions = { text: text ?? '' };
  for (const key of ['caseSensitive', 'wholeWord', 'needsContext', 'afterMention', 'foreignG'] as const) {
    const b = bool(own(o, key), `${path}.${key}`, c);
    if (b !== undefined) out[key] = b;
  }
  const ctx = contextRule(own(o, 'context'), `${path}.context`, c);
  if (ctx !== undefined) out.context = ctx;
  if (out.needsContext === true && ctx === undefined && !entityHasContext) {
    c.add(`${path}.needsContext`, 'set but neither the alias nor its entity has a context rule');
  }
  return text === undefined ? undefined : out;
}

function source(v: unknown, path: string, c: Collector): Source | undefined {
  const o = obj(v, path, c);
  if (o === undefined) return undefined;
  checkKeys(o, ['title', 'url'], path, c);
  const title = str(own(o, 'title'), `${path}.title`, c, LIMITS.shortText);
  const url = str(own(o, 'url'), `${path}.url`, c, LIMITS.urlLength);
  if (url !== undefined && !isHttpUrl(url)) {
    c.add(`${path}.url`, 'not an http(s) URL');
    return undefined;
  }
  return title !== undefined && url !== undefined ? { title, url } : undefined;
}

function fact(v: unknown, path: string, c: Collector): Fact | undefined {
  const o = obj(v, path, c);
  if (o === undefined) return undefined;
  checkKeys(o, ['text', 'date', 'from', 'until', 'asOf', 'hedged', 'volatile', 'sources'], path, c);
  const text = localized(own(o, 'text'), `${path}.text`, c, LIMITS.longText, true);
  const out: Fact = { text: text ?? {}, sources: [] };
  if (own(o, 'date') === undefined && own(o, 'from') === undefined && own(o, 'asOf') === undefined)
    c.add(path, 'needs date, from or asOf');
  const d = own(o, 'date') === undefined ? undefined : date(own(o, 'date'), `${path}.date`, c, false);
  const from = own(o, 'from') === undefined ? undefined : date(own(o, 'from'), `${path}.from`, c, false);
  const until = own(o, 'until') === undefined ? undefined : date(own(o, 'until'), `${path}.until`, c, false);
  const a = own(o, 'asOf') === undefined ? undefined : date(own(o, 'asOf'), `${path}.asOf`, c, false);
  // An event has a date; a state has a span. One fact is not both.
  if (own(o, 'date') !== undefined && own(o, 'from') !== undefined)
    c.add(`${path}.from`, 'an event (date) has no from: a fact is an event or a state');
  if (own(o, 'until') !== undefined && own(o, 'from') === undefined)
    c.add(`${path}.until`, 'needs from (the day the state began)');
  if (from !== undefined && until !== undefined && isoKey(until) < isoKey(from))
    c.add(`${path}.until`, `is before from (${from})`);
  if (d !== undefined) out.date = d;
  if (from !== undefined) out.from = from;
  if (until !== undefined) out.until = until;
  if (a !== undefined) out.asOf = a;
  const hedged = bool(own(o, 'hedged'), `${path}.hedged`, c);
  if (hedged !== undefined) out.hedged = hedged;
  const volatile = bool(own(o, 'volatile'), `${path}.volatile`, c);
  if (volatile !== undefined) out.volatile = volatile;
  if (volatile === true && own(o, 'asOf') === undefined)
    c.add(`${path}.asOf`, 'is required for a volatile fact (the day it was last checked)');
  const sources = arr(own(o, 'sources'), `${path}.sources`, c, LIMITS.sources);
  if (sources !== undefined) {
    if (sources.length === 0) c.add(`${path}.sources`, 'needs at least one source');
    sources.forEach((s, i) => {
      const src = source(s, `${path}.sources[${i}]`, c);
      if (src !== undefined) out.sources.push(src);
    });
  }
  return out;
}

function relation(v: unknown, path: string, c: Collector): Relation | undefined {
  const o = obj(v, path, c);
  if (o === undefined) return undefined;
  checkKeys(o, ['type', 'target', 'from', 'until'], path, c);
  const type = own(o, 'type');
  if (typeof type !== 'string' || !(RELATION_TYPES as readonly string[]).includes(type)) {
    c.add(`${path}.type`, `must be one of ${RELATION_TYPES.join(', ')}`);
  }
  const target = str(own(o, 'target'), `${path}.target`, c, LIMITS.idLength);
  if (target !== undefined && !KEBAB.test(target))
    c.add(`${path}.target`, 'not a kebab-case id (a-z, 0-9, single hyphens)');
  const from = own(o, 'from') === undefined ? undefined : date(own(o, 'from'), `${path}.from`, c, false);
  const until = own(o, 'until') === undefined ? undefined : date(own(o, 'until'), `${path}.until`, c, false);
  if (type === 'commanded' && (own(o, 'from') === undefined || own(o, 'until') === undefined)) {
    c.add(path, '"commanded" needs from and until dates');
  }
  if (type === 'commands') {
    if (own(o, 'from') === undefined) c.add(path, '"commands" needs a from date');
    if (own(o, 'until') !== undefined)
      c.add(`${path}.until`, '"commands" is current: use "commanded" for a command that ended');
  }
  if (from !== undefined && until !== undefined && isoKey(until) < isoKey(from))
    c.add(`${path}.until`, `is before from (${from})`);
  if (typeof type !== 'string' || target === undefined) return undefined;
  const out: Relation = { type: type as RelationType, target };
  if (from !== undefined) out.from = from;
  if (until !== undefined) out.until = until;
  return out;
}

/** ISO dates of different precision compare as strings once padded (2024 < 2024-02 < 2024-02-03). */
export function isoKey(d: string): string {
  return (d + '-00-00').slice(0, 10);
}

/** Per language, phrases with letters left once folded (matched like aliases). */
function otherSenses(v: unknown, path: string, c: Collector): Partial<Record<Lang, string[]>> | undefined {
  const o = obj(v, path, c, false);
  if (o === undefined) return undefined;
  checkKeys(o, LANGS, path, c);
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const list = arr(own(o, lang), `${path}.${lang}`, c, LIMITS.otherSensesPerLang, false);
    if (list === undefined) continue;
    const phrases: string[] = [];
    list.forEach((p, i) => {
      const s = aliasText(p, `${path}.${lang}[${i}]`, c);
      if (s !== undefined) phrases.push(s);
    });
    out[lang] = phrases;
  }
  return out;
}

function entity(v: unknown, path: string, c: Collector, options: ValidateOptions): Entity | undefined {
  const o = obj(v, path, c);
  if (o === undefined) return undefined;
  checkKeys(
    o,
    [
      'id',
      'category',
      'names',
      'aliases',
      'summary',
      'facts',
      'context',
      'cueWeights',
      'otherSenses',
      'otherHeads',
      'storyHeads',
      'relations',
    ],
    path,
    c,
  );
  const id = str(own(o, 'id'), `${path}.id`, c, LIMITS.idLength);
  if (id !== undefined && !KEBAB.test(id)) c.add(`${path}.id`, 'not a kebab-case id (a-z, 0-9, single hyphens)');
  const category = own(o, 'category');
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    c.add(`${path}.category`, `must be one of ${CATEGORIES.join(', ')}`);
  }
  const names = localized(own(o, 'names'), `${path}.names`, c, LIMITS.shortText, true);
  const summary = localized(own(o, 'summary'), `${path}.summary`, c, LIMITS.longText, options.glossary !== true);
  const context = contextRule(own(o, 'context'), `${path}.context`, c);
  const aliasesObj = obj(own(o, 'aliases'), `${path}.aliases`, c);
  const aliases: Partial<Record<Lang, Alias[]>> = {};
  if (aliasesObj !== undefined) {
    checkKeys(aliasesObj, LANGS, `${path}.aliases`, c);
    for (const lang of LANGS) {
      const list = arr(own(aliasesObj, lang), `${path}.aliases.${lang}`, c, LIMITS.aliasesPerLang, false);
      if (list === undefined) continue;
      const out: Alias[] = [];
      list.forEach((a, i) => {
        const al = alias(a, `${path}.aliases.${lang}[${i}]`, c, context !== undefined);
        if (al !== undefined) out.push(al);
      });
      aliases[lang] = out;
    }
  }
  const factList = arr(own(o, 'facts'), `${path}.facts`, c, LIMITS.facts, options.glossary !== true);
  const facts: Fact[] = [];
  factList?.forEach((f, i) => {
    const fa = fact(f, `${path}.facts[${i}]`, c);
    if (fa !== undefined) facts.push(fa);
  });
  const out: Entity = {
    id: id ?? '',
    category: (category as Entity['category']) ?? 'organization',
    names: names ?? {},
    aliases,
    summary: summary ?? {},
    facts,
  };
  if (context !== undefined) out.context = context;
  const cueWeights = weights(own(o, 'cueWeights'), `${path}.cueWeights`, c);
  if (cueWeights !== undefined) out.cueWeights = cueWeights;
  const senses = otherSenses(own(o, 'otherSenses'), `${path}.otherSenses`, c);
  if (senses !== undefined) out.otherSenses = senses;
  for (const key of ['otherHeads', 'storyHeads'] as const) {
    const heads = otherSenses(own(o, key), `${path}.${key}`, c);
    if (heads !== undefined) out[key] = heads;
  }
  const relationList = arr(own(o, 'relations'), `${path}.relations`, c, LIMITS.relations, false);
  if (relationList !== undefined) {
    const relations: Relation[] = [];
    relationList.forEach((r, i) => {
      const rel = relation(r, `${path}.relations[${i}]`, c);
      if (rel !== undefined) relations.push(rel);
    });
    out.relations = relations;
  }
  return out;
}

export function validatePack(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  const root = obj(data, '(pack)', c);
  if (root === undefined) return { ok: false, errors: c.errors };
  checkKeys(root, ['$schema', 'id', 'version', 'title', 'updated', 'entities'], '', c);
  const schema = str(own(root, '$schema'), '$schema', c, LIMITS.urlLength, false);
  const id = str(own(root, 'id'), 'id', c, LIMITS.idLength);
  if (id !== undefined && !KEBAB.test(id)) c.add('id', 'not a kebab-case id (a-z, 0-9, single hyphens)');
  const version = str(own(root, 'version'), 'version', c, 32);
  const title = str(own(root, 'title'), 'title', c, LIMITS.shortText);
  const updated = date(own(root, 'updated'), 'updated', c, true);
  const list = arr(own(root, 'entities'), 'entities', c, LIMITS.entities);
  const entities: Entity[] = [];
  const seen = new Map<string, number>();
  list?.forEach((e, i) => {
    const ent = entity(e, `entities[${i}]`, c, options);
    if (ent === undefined) return;
    const first = seen.get(ent.id);
    if (ent.id !== '' && first !== undefined)
      c.add(`entities[${i}].id`, `duplicate id "${ent.id}" (also entities[${first}])`);
    else seen.set(ent.id, i);
    entities.push(ent);
  });
  // Relations may point forward, so they are checked once every id is known.
  entities.forEach((e, i) => {
    e.relations?.forEach((r, j) => {
      const where = `entities[${i}].relations[${j}].target`;
      if (r.target === e.id) c.add(where, `"${r.target}" is the entity itself`);
      else if (!seen.has(r.target)) c.add(where, `unknown entity id "${r.target}" (no entity of this pack has it)`);
    });
  });
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const pack: Pack = { id: id!, version: version!, title: title!, updated: updated!, entities };
  if (schema !== undefined) pack.$schema = schema;
  return { ok: true, pack };
}

/** User glossaries: summary and facts optional. */
export function validateGlossaryPack(data: unknown): ValidationResult {
  return validatePack(data, { glossary: true });
}
