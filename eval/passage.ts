/**
 * The evaluation corpus format (eval/README.md): validation of one corpus file's passages.
 * Pure: the caller reads the file; errors name the file and the passage id (or index).
 */

const LANGS = ['en', 'ar', 'fr'] as const;
/**
 * `holdout`: passages written after the test split's cue kinds had been discussed with rule writers
 * (eval/README.md, "The holdout split"), by writers who saw neither the rules nor the corpus's figures.
 */
const SPLITS = ['dev', 'test', 'holdout'] as const;
const SENSES = ['story', 'other', 'mixed'] as const;
const KINDS = [
  'surname',
  'company',
  'product',
  'software',
  'team',
  'institution',
  'place',
  'common-noun',
  'historical',
  'acronym',
  'variant',
  'misspelling',
  'lowercase',
  // A name translated into the passage's language (issue 16: "names translated into French or Arabic").
  'translated',
  'metonym',
  'title',
  'whole-page',
] as const;

export type Lang = (typeof LANGS)[number];
export type Split = (typeof SPLITS)[number];
export type Sense = (typeof SENSES)[number];
export type Kind = (typeof KINDS)[number];

export interface Passage {
  id: string;
  alias: string;
  sense: Sense;
  kind: Kind;
  /** Pages showing this usage; empty only with `note` = USAGE_NOT_FOUND_NOTE. */
  seenAt: string[];
  /** Why `seenAt` is empty or shows less than the passage (eval/README.md). */
  note?: string;
  text: string;
  /** Entity id → expected count of whole-word mentions; {} when none. */
  mentions: Record<string, number>;
}

/** A validated passage with where it came from. */
export interface CorpusPassage extends Passage {
  file: string;
  lang: Lang;
  split: Split;
}

const FIELDS = ['id', 'alias', 'sense', 'kind', 'seenAt', 'note', 'text', 'mentions'];
/** The only note that allows an empty `seenAt`: no stored page showing the usage was found. */
export const USAGE_NOT_FOUND_NOTE = 'usage not found in the stored pages; written from general knowledge';
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `<lang>/<split>/<name>.json` (relative to the corpus root, '/' separators) → lang and split. */
export function corpusPlace(relPath: string): { lang: Lang; split: Split } | string {
  const parts = relPath.split('/');
  const [lang, split] = parts;
  if (parts.length !== 3 || !parts[2]!.endsWith('.json')) return `expected <lang>/<split>/<name>.json, got ${relPath}`;
  if (!(LANGS as readonly string[]).includes(lang!))
    return `unknown language directory "${lang}" (one of ${LANGS.join(', ')})`;
  if (!(SPLITS as readonly string[]).includes(split!))
    return `unknown split directory "${split}" (one of ${SPLITS.join(', ')})`;
  return { lang: lang as Lang, split: split as Split };
}

function isHttpUrl(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function passageErrors(p: Record<string, unknown>, lang: Lang): string[] {
  const errors: string[] = [];
  for (const k of Object.keys(p)) if (!FIELDS.includes(k)) errors.push(`unknown field "${k}"`);
  if (typeof p.id !== 'string' || !new RegExp(`^${lang}-[a-z0-9]+(?:-[a-z0-9]+)*-\\d{3}$`).test(p.id)) {
    errors.push(`"id" must look like ${lang}-<topic>-<nnn>`);
  }
  if (typeof p.alias !== 'string' || p.alias.trim() === '') errors.push('"alias" must be a non-empty string');
  if (!(SENSES as readonly unknown[]).includes(p.sense)) errors.push(`"sense" must be one of ${SENSES.join(', ')}`);
  if (!(KINDS as readonly unknown[]).includes(p.kind)) errors.push(`"kind" must be one of ${KINDS.join(', ')}`);
  if (p.note !== undefined && (typeof p.note !== 'string' || p.note.trim() === '')) {
    errors.push('"note" must be a non-empty string when present');
  }
  if (!Array.isArray(p.seenAt) || !p.seenAt.every(isHttpUrl)) {
    errors.push('"seenAt" must be an array of http(s) URLs');
  } else if (p.seenAt.length === 0 && p.note !== USAGE_NOT_FOUND_NOTE) {
    errors.push(`"seenAt" may be empty only with "note": "${USAGE_NOT_FOUND_NOTE}"`);
  }
  if (typeof p.text !== 'string' || p.text.trim() === '') errors.push('"text" must be a non-empty string');
  const m = p.mentions;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) errors.push('"mentions" must be an object');
  else {
    for (const [id, n] of Object.entries(m)) {
      if (!ENTITY_ID.test(id)) errors.push(`mentions: "${id}" is not an entity id`);
      if (!Number.isInteger(n) || (n as number) < 1) errors.push(`mentions.${id} must be a whole number ≥ 1`);
    }
  }
  return errors;
}

/** Validates one file's parsed JSON. Returns the passages or every error, each naming file and id. */
export function validateCorpusFile(
  file: string,
  place: { lang: Lang; split: Split },
  data: unknown,
): { ok: true; passages: CorpusPassage[] } | { ok: false; errors: string[] } {
  if (!Array.isArray(data)) return { ok: false, errors: [`${file}: expected a JSON array of passages`] };
  const errors: string[] = [];
  const passages: CorpusPassage[] = [];
  data.forEach((p: unknown, i) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      errors.push(`${file} [${i}]: a passage must be an object`);
      return;
    }
    const rec = p as Record<string, unknown>;
    const label = typeof rec.id === 'string' ? rec.id : `[${i}]`;
    const own = passageErrors(rec, place.lang);
    if (own.length > 0) errors.push(...own.map((e) => `${file} ${label}: ${e}`));
    else passages.push({ ...(rec as unknown as Passage), file, ...place });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, passages };
}

/** Ids must be unique across the whole corpus. */
export function duplicateIdErrors(passages: readonly CorpusPassage[]): string[] {
  const firstFile = new Map<string, string>();
  const errors: string[] = [];
  for (const p of passages) {
    const prev = firstFile.get(p.id);
    if (prev !== undefined) errors.push(`${p.file} ${p.id}: duplicate id (also in ${prev})`);
    else firstFile.set(p.id, p.file);
  }
  return errors;
}
