/**
 * npm run pack:report — one row per entity of the bundled pack: category, alias counts per
 * language, number of facts (hedged ones in brackets) and the oldest "as of" date, so that stale
 * facts are visible at a glance. Exit code 2 when the pack does not validate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack } from '../text/validate-pack';
import { LANGS, type Entity, type Pack } from '../text/pack-types';

export interface ReportRow {
  id: string;
  category: string;
  aliases: Record<(typeof LANGS)[number], number>;
  facts: number;
  hedged: number;
  /** Oldest asOf among the entity's facts, or '' when none carries one. */
  oldestAsOf: string;
}

/** ISO dates of different precision compare correctly as strings once padded (2024 < 2024-02). */
function isoKey(d: string): string {
  return (d + '-00-00').slice(0, 10);
}

export function reportRows(pack: Pack): ReportRow[] {
  return pack.entities.map((e: Entity) => {
    const asOfs = e.facts.map((f) => f.asOf).filter((d): d is string => typeof d === 'string');
    asOfs.sort((a, b) => (isoKey(a) < isoKey(b) ? -1 : isoKey(a) > isoKey(b) ? 1 : 0));
    return {
      id: e.id,
      category: e.category,
      aliases: { en: e.aliases.en?.length ?? 0, ar: e.aliases.ar?.length ?? 0, fr: e.aliases.fr?.length ?? 0 },
      facts: e.facts.length,
      hedged: e.facts.filter((f) => f.hedged === true).length,
      oldestAsOf: asOfs[0] ?? '',
    };
  });
}

export function formatReport(pack: Pack): string {
  const header = ['entity', 'category', 'aliases en', 'ar', 'fr', 'facts (hedged)', 'oldest asOf'];
  const rows = reportRows(pack).map((r) => [
    r.id,
    r.category,
    String(r.aliases.en),
    String(r.aliases.ar),
    String(r.aliases.fr),
    r.hedged > 0 ? `${r.facts} (${r.hedged})` : String(r.facts),
    r.oldestAsOf || '—',
  ]);
  const numeric = new Set([2, 3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const totalFacts = pack.entities.reduce((n, e) => n + e.facts.length, 0);
  return [
    `${pack.title} — pack ${pack.id} v${pack.version}, updated ${pack.updated}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${pack.entities.length} entities, ${totalFacts} facts`,
  ].join('\n');
}

function main(): void {
  const root = process.env.GLOSSA_ROOT ?? process.cwd();
  const file = process.argv[2] ?? path.join(root, 'src', 'pack', 'bundled-pack.json');
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    process.stderr.write(`invalid pack ${file}:\n${result.errors.join('\n')}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(formatReport(result.pack) + '\n');
}

// Run when executed (node scripts/run-ts.mjs src/pack/report.ts), not when imported by a test.
const entry = process.argv[1] ? path.resolve(process.argv[1]) : '';
const self = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return '';
  }
})();
if (entry && (entry === self || /report(-\d+-\d+)?\.m?[jt]s$/.test(path.basename(entry)))) main();
