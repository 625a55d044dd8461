/**
 * The personal glossary: a Pack (src/text/pack-types.ts) kept in storage.local. Pure logic only
 * (no browser APIs) so all of it is unit-tested: checking untrusted glossary data, import
 * (validate everything first, then merge or replace), export, and the editing form's model.
 *
 * The checks here are deliberately strict and safe on hostile input: size and depth are capped
 * before anything walks the data, `__proto__`/`constructor`/`prototype` keys are refused, every
 * link must be http(s), unknown fields are refused, and every problem is reported with its path.
 */
import {
  LANGS,
  type Category,
  type Entity,
  type Fact,
  type Lang,
  type LocalizedText,
  type Pack,
} from '../text/pack-types';
import { validateGlossaryPack } from '../text/validate-pack';

const PERSONAL_PACK_ID = 'personal';
/** Files larger than this are refused before they are read. */
export const MAX_GLOSSARY_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ENTITIES = 5000;
const MAX_DEPTH = 12;
const MAX_ERRORS = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function emptyGlossary(today = todayIso()): Pack {
  return { id: PERSONAL_PACK_ID, version: '1', title: 'My glossary', updated: today, entities: [] };
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const ownKeys = (o: Rec) => Object.keys(o);

/**
 * Walks the parsed JSON iteratively (no recursion, so no stack overflow) and reports forbidden
 * keys and nesting deeper than MAX_DEPTH. Stops early on the first depth problem.
 */
export function scanHostileShape(data: unknown): string[] {
  const errors: string[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: '', depth: 0 }];
  let visited = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (++visited > 2_000_000) return [...errors, 'file: too many values'];
    if (depth > MAX_DEPTH) return [...errors, `${path || 'file'}: nested deeper than ${MAX_DEPTH} levels`];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
    } else {
      for (const key of ownKeys(value as Rec)) {
        const childPath = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push(`${childPath}: the key "${key}" is not allowed`);
          continue;
        }
        stack.push({ value: (value as Rec)[key], path: childPath, depth: depth + 1 });
      }
    }
    if (errors.length >= MAX_ERRORS) break;
  }
  return errors;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

export interface PackCheckOptions {
  /** Ids of the bundled pack: a personal entity may not reuse one (reported, never overwritten). */
  bundledIds?: ReadonlySet<string>;
}

/**
 * Checks parsed JSON as a personal glossary: the hostile-shape scan here, then the engine's own
 * validator (src/text/validate-pack.ts, glossary mode) so that what import accepts is exactly
 * what the matcher can use, then the id clashes with the bundled pack. Every problem, with its path.
 */
export function validateGlossary(data: unknown, options: PackCheckOptions = {}): Result<Pack> {
  const scan = scanHostileShape(data);
  if (scan.length) return { ok: false, errors: scan };
  if (!isRecord(data))
    return {
      ok: false,
      errors: [`file: expected a glossary object ({"id", "title", "entities": […]}), found ${kind(data)}`],
    };
  if (Array.isArray(data.entities) && data.entities.length > MAX_ENTITIES)
    return { ok: false, errors: [`entities: more than ${MAX_ENTITIES} entities`] };
  const checked = validateGlossaryPack(data);
  const errors = checked.ok ? [] : [...checked.errors];
  if (options.bundledIds && Array.isArray(data.entities)) {
    data.entities.forEach((e, i) => {
      const id = isRecord(e) ? e.id : undefined;
      if (typeof id === 'string' && options.bundledIds!.has(id))
        errors.push(`entities[${i}].id: "${id}" is already an entity of the bundled pack; give yours another id`);
    });
  }
  if (errors.length || !checked.ok) return { ok: false, errors: errors.slice(0, MAX_ERRORS + 1) };
  return { ok: true, value: checked.pack };
}

/** Checks one entity (the editing form uses this). Paths are relative to the entity ("names.en: …"). */
export function validateEntity(data: unknown, options: PackCheckOptions = {}): Result<Entity> {
  const result = validateGlossary(
    { id: PERSONAL_PACK_ID, version: '1', title: 'My glossary', updated: '2000-01-01', entities: [data] },
    options,
  );
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map((e) => e.replace(/^entities\[0\]\.?/, '').replace(/^: /, 'entity: ')),
    };
  return { ok: true, value: result.value.entities[0]! };
}

/** Parses and checks a glossary file's text. `byteSize` (File.size) lets huge files be refused unread. */
export function parseGlossaryFile(text: string, options: PackCheckOptions = {}): Result<Pack> {
  if (text.length > MAX_GLOSSARY_FILE_BYTES) return { ok: false, errors: [tooLarge(text.length)] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${(e as Error).message})`] };
  }
  return validateGlossary(data, options);
}

export function tooLarge(bytes: number): string {
  return `file: ${(bytes / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_GLOSSARY_FILE_BYTES / 1024 / 1024} MB limit for a glossary`;
}

/** The export file: exactly a pack, as import accepts it. */
export function glossaryToFile(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export interface ImportOutcome {
  pack: Pack;
  added: string[];
  /** Ids present in both: the imported entity replaced the reader's. */
  replaced: string[];
  /** Entities dropped by "replace". */
  removed: string[];
}

/** Merge keeps the reader's entities and adds or replaces by id; replace takes the file as it is. */
export function applyImport(
  current: Pack | null,
  incoming: Pack,
  mode: 'merge' | 'replace',
  today = todayIso(),
): ImportOutcome {
  const base = current ?? emptyGlossary(today);
  const incomingIds = new Set(incoming.entities.map((e) => e.id));
  const currentIds = new Set(base.entities.map((e) => e.id));
  const added = [...incomingIds].filter((id) => !currentIds.has(id));
  const replaced = [...incomingIds].filter((id) => currentIds.has(id));
  if (mode === 'replace') {
    return {
      pack: { ...emptyGlossary(today), entities: structuredClone(incoming.entities) },
      added,
      replaced,
      removed: [...currentIds].filter((id) => !incomingIds.has(id)),
    };
  }
  const byId = new Map(incoming.entities.map((e) => [e.id, e]));
  const entities = base.entities.map((e) => structuredClone(byId.get(e.id) ?? e));
  for (const e of incoming.entities) if (!currentIds.has(e.id)) entities.push(structuredClone(e));
  return { pack: { ...base, updated: today, entities }, added, replaced, removed: [] };
}

/** Inserts or replaces one entity (by `previousId`, so renaming an id keeps its place). */
export function upsertEntity(current: Pack | null, entity: Entity, previousId?: string, today = todayIso()): Pack {
  const base = current ?? emptyGlossary(today);
  const key = previousId ?? entity.id;
  const at = base.entities.findIndex((e) => e.id === key);
  const entities = base.entities.filter((e) => e.id !== entity.id || e.id === key);
  const idx = entities.findIndex((e) => e.id === key);
  if (at >= 0 && idx >= 0) entities[idx] = entity;
  else entities.push(entity);
  return { ...base, updated: today, entities };
}

export function removeEntity(current: Pack | null, id: string, today = todayIso()): Pack {
  const base = current ?? emptyGlossary(today);
  return { ...base, updated: today, entities: base.entities.filter((e) => e.id !== id) };
}

// ---- The editing form's model --------------------------------------------------------------

export interface FactDraft {
  date: string;
  text: Record<Lang, string>;
  sourceTitle: string;
  sourceUrl: string;
}

export interface EntityDraft {
  id: string;
  category: Category | '';
  names: Record<Lang, string>;
  /** One alias per line. */
  aliases: Record<Lang, string>;
  summary: Record<Lang, string>;
  facts: FactDraft[];
}

const blank = (): Record<Lang, string> => ({ en: '', ar: '', fr: '' });

export function emptyFact(): FactDraft {
  return { date: '', text: blank(), sourceTitle: '', sourceUrl: '' };
}

export function emptyDraft(prefill = ''): EntityDraft {
  const names = blank();
  const text = prefill.trim().slice(0, 200);
  if (text) names[/[\u0600-\u06ff]/.test(text) ? 'ar' : 'en'] = text;
  return { id: '', category: '', names, aliases: blank(), summary: blank(), facts: [] };
}

export function entityToDraft(e: Entity): EntityDraft {
  const localized = (t: LocalizedText) => ({ en: t.en ?? '', ar: t.ar ?? '', fr: t.fr ?? '' });
  const aliases = blank();
  for (const lang of LANGS)
    aliases[lang] = (e.aliases[lang] ?? []).map((a) => (typeof a === 'string' ? a : a.text)).join('\n');
  return {
    id: e.id,
    category: e.category,
    names: localized(e.names),
    aliases,
    summary: localized(e.summary),
    facts: e.facts.map((f) => ({
      date: f.date ?? f.asOf ?? '',
      text: localized(f.text),
      sourceTitle: f.sources[0]?.title ?? '',
      sourceUrl: f.sources[0]?.url ?? '',
    })),
  };
}

/** A kebab-case id from a name (Latin letters only; otherwise a generated one). */
export function slugify(name: string, taken: ReadonlySet<string> = new Set()): string {
  let base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!base) base = 'term';
  let id = `my-${base}`;
  for (let n = 2; taken.has(id); n++) id = `my-${base}-${n}`;
  return id;
}

/**
 * Turns the form into an entity and checks it. Aliases keep the options of the original entity
 * (`original`) when their text is unchanged, so editing never loses matching rules.
 */
export function draftToEntity(draft: EntityDraft, original?: Entity): Result<Entity> {
  const pick = (t: Record<Lang, string>): LocalizedText => {
    const out: LocalizedText = {};
    for (const lang of LANGS) if (t[lang].trim()) out[lang] = t[lang].trim();
    return out;
  };
  const aliases: Entity['aliases'] = {};
  for (const lang of LANGS) {
    const previous = new Map(
      (original?.aliases[lang] ?? []).map((a) => [typeof a === 'string' ? a : a.text, a] as const),
    );
    const list = draft.aliases[lang]
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((text) => previous.get(text) ?? text);
    if (list.length) aliases[lang] = list;
  }
  const facts: Fact[] = draft.facts.map((f, i) => {
    const originalFact = original?.facts[i];
    const fact: Fact = {
      text: pick(f.text),
      sources: [{ title: f.sourceTitle.trim() || f.sourceUrl.trim(), url: f.sourceUrl.trim() }],
    };
    if (originalFact?.asOf && !originalFact.date && originalFact.asOf === f.date.trim()) fact.asOf = f.date.trim();
    else fact.date = f.date.trim();
    if (originalFact?.hedged) fact.hedged = true;
    if (originalFact && originalFact.sources.length > 1 && originalFact.sources[0]?.url === f.sourceUrl.trim())
      fact.sources.push(...originalFact.sources.slice(1));
    return fact;
  });
  const entity: Entity = {
    id: draft.id.trim(),
    category: draft.category as Category,
    names: pick(draft.names),
    aliases,
    summary: pick(draft.summary),
    facts,
  };
  if (original?.context) entity.context = original.context;
  return validateEntity(entity);
}
