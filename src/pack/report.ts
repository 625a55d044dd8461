/**
 * npm run pack:report — one row per entity of the bundled pack: category, alias counts per
 * language, facts (hedged ones in brackets), how many facts rest on each class of source (a fact
 * counts under its strongest source, src/pack/sources.json), volatile facts, the oldest "as of"
 * date and the entity's relations; then every breach of the source policy and every stale
 * volatile fact. Exit code 2 when the pack does not validate, 1 when it breaks the policy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoKey, validatePack } from '../text/validate-pack';
import { LANGS, type Entity, type Pack } from '../text/pack-types';
import {
  SOURCE_CLASSES,
  checkFreshness,
  checkSources,
  factClass,
  type SourceClass,
  type SourcePolicy,
} from './source-policy';
import { debug } from '../shared/debug-log';

export interface ReportRow {
  id: string;
  category: string;
  aliases: Record<(typeof LANGS)[number], number>;
  facts: number;
  hedged: number;
  /** Facts per class of their strongest source ('unlisted' when no source's domain is listed). */
  byClass: Record<SourceClass | 'unlisted', number>;
  volatile: number;
  /** Oldest asOf among the entity's facts, or '' when none carries one. */
  oldestAsOf: string;
  /** "type target [from–until]" per relation. */
  relations: string[];
}

export function relationLabel(r: NonNullable<Entity['relations']>[number]): string {
  const span = r.from || r.until ? ` [${r.from ?? '…'}–${r.until ?? ''}]` : '';
  return `${r.type} ${r.target}${span}`;
}

export function reportRows(pack: Pack, policy: SourcePolicy): ReportRow[] {
  return pack.entities.map((e: Entity) => {
    const asOfs = e.facts.map((f) => f.asOf).filter((d): d is string => typeof d === 'string');
    asOfs.sort((a, b) => (isoKey(a) < isoKey(b) ? -1 : isoKey(a) > isoKey(b) ? 1 : 0));
    const byClass = { official: 0, wire: 0, reference: 0, weak: 0, unlisted: 0 };
    for (const f of e.facts) byClass[factClass(f, policy) ?? 'unlisted']++;
    return {
      id: e.id,
      category: e.category,
      aliases: { en: e.aliases.en?.length ?? 0, ar: e.aliases.ar?.length ?? 0, fr: e.aliases.fr?.length ?? 0 },
      facts: e.facts.length,
      hedged: e.facts.filter((f) => f.hedged === true).length,
      byClass,
      volatile: e.facts.filter((f) => f.volatile === true).length,
      oldestAsOf: asOfs[0] ?? '',
      relations: (e.relations ?? []).map(relationLabel),
    };
  });
}

export function formatReport(pack: Pack, policy: SourcePolicy): string {
  const classHeads = SOURCE_CLASSES.map((c) => (c === 'reference' ? 'ref' : c));
  const header = [
    'entity',
    'category',
    'aliases en',
    'ar',
    'fr',
    'facts (hedged)',
    ...classHeads,
    'volatile',
    'oldest asOf',
    'relations',
  ];
  const rows = reportRows(pack, policy).map((r) => [
    r.id,
    r.category,
    String(r.aliases.en),
    String(r.aliases.ar),
    String(r.aliases.fr),
    r.hedged > 0 ? `${r.facts} (${r.hedged})` : String(r.facts),
    ...SOURCE_CLASSES.map((c) => String(r.byClass[c])),
    String(r.volatile),
    r.oldestAsOf || '—',
    r.relations.join('; ') || '—',
  ]);
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const totalFacts = pack.entities.reduce((n, e) => n + e.facts.length, 0);
  const problems = [...checkSources(pack, policy), ...checkFreshness(pack, policy)];
  return [
    `${pack.title} — pack ${pack.id} v${pack.version}, updated ${pack.updated}`,
    `Facts counted under their strongest source; recent = dated within ${policy.recentYears} years; stale = volatile and last checked more than ${policy.staleMonths} months before updated.`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${pack.entities.length} entities, ${totalFacts} facts`,
    problems.length === 0
      ? 'Source policy and freshness: no weak-only fact, no recent fact on reference works alone, no stale volatile fact.'
      : `${problems.length} problem(s):`,
    ...problems.map((p) => `  ${p}`),
  ].join('\n');
}

function main(): void {
  const root = process.env.GLOSSA_ROOT ?? process.cwd();
  const file = process.argv[2] ?? path.join(root, 'src', 'pack', 'bundled-pack.json');
  const policy = JSON.parse(readFileSync(path.join(root, 'src', 'pack', 'sources.json'), 'utf8')) as SourcePolicy;
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    process.stderr.write(`invalid pack ${file}:\n${result.errors.join('\n')}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(formatReport(result.pack, policy) + '\n');
  if (checkSources(result.pack, policy).length + checkFreshness(result.pack, policy).length > 0) process.exitCode = 1;
}

// Run when executed (node scripts/run-ts.mjs src/pack/report.ts), not when imported by a test.
const entry = process.argv[1] ? path.resolve(process.argv[1]) : '';
const self = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch (e) {
    debug('pack report: own path', e);
    return '';
  }
})();
if (entry && (entry === self || /report(-\d+-\d+)?\.m?[jt]s$/.test(path.basename(entry)))) main();
