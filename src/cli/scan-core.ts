/**
 * The scan CLI's logic without I/O: text of a file by its type, matching, and the two output
 * formats. The JSON shape is a public contract:
 * {"files":[{"file":"<path as given>","entities":[{"id":"…","count":N,"matches":[{"start":S,"end":E,"text":"…"}]}],
 *   "claims":[{"entity":"…","claim":"…","verdict":"wrong|imprecise|outdated","count":N}]}]}
 * Entities are listed in order of first mention; matches in document order; offsets are UTF-16
 * code units of the file's text (for .html files: of the visible text, see html-text.ts). Claims
 * (added later, additive) are listed in order of first statement; each line is a block.
 */
import { tallyClaims, type ClaimChecker, type ClaimCount, type StatedClaim } from '../text/claims';
import { buildMatcher, createPageState, type Match, type Matcher } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import type { Pack } from '../text/pack-types';
import { htmlToText } from './html-text';

export interface EntityReport {
  id: string;
  count: number;
  matches: { start: number; end: number; text: string }[];
}

/** A checked claim the file makes, as `glossa:page-claims` reports it. */
export type ClaimReport = ClaimCount;

export interface FileReport {
  file: string;
  entities: EntityReport[];
  claims: ClaimReport[];
}

function isHtmlPath(path: string): boolean {
  return /\.x?html?$/i.test(path);
}

function fileText(path: string, content: string): string {
  return isHtmlPath(path) ? htmlToText(content) : content;
}

function groupMatches(matches: readonly Match[]): EntityReport[] {
  const byId = new Map<string, EntityReport>();
  for (const m of matches) {
    let r = byId.get(m.entityId);
    if (r === undefined) {
      r = { id: m.entityId, count: 0, matches: [] };
      byId.set(m.entityId, r);
    }
    r.count++;
    r.matches.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byId.values()];
}

/** A match with the checked claims its block states about it, and its digest item (page-evidence.ts). */
type Checked = Match & { claims?: StatedClaim[]; item?: number };

/**
 * The matches of a file's text, block by block (a line is a block, as html-text.ts writes them and
 * as the page's scanner sends them), so a rule's window stops where the page's does. With a checker,
 * the claims each block states about its matches ride on them (ClaimChecker.mark), as the
 * background attaches them before the page decides (find-names.ts): a rejected vote is no mention,
 * and claims ride on a pending match into its decision.
 */
function findByBlock(matcher: Matcher, text: string, checker?: ClaimChecker): Checked[] {
  const state = createPageState();
  const out: Checked[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const block = text.slice(start, end);
    const found: Checked[] = checker ? checker.mark(block, matcher.find(block, state)) : matcher.find(block, state);
    for (const m of found) {
      const at: Checked = { ...m, start: m.start + start, end: m.end + start };
      // A digest's item (news-items.ts): its block, keyed by its offset.
      if (m.rubric !== undefined) at.item = start;
      out.push(at);
    }
    start = end + 1;
  }
  return out;
}

/** What counts of a match: as `entityId`; its claims only when they were checked for that entity. */
function counted(m: Checked, entityId: string): Checked {
  const out: Checked = { entityId, start: m.start, end: m.end, text: m.text };
  if (m.claims && entityId === m.entityId) out.claims = m.claims;
  return out;
}

/**
 * One file = one page, read block by block: one fresh ScanState, so a surname counts after the full name anywhere
 * earlier in the file, and ambiguous names are decided by the whole file's evidence, as the page's
 * scanner decides them by the whole page's (page-evidence.ts). Claims are checked when a checker
 * is given.
 */
function scanText(matcher: Matcher, text: string, checker?: ClaimChecker): Checked[] {
  return decidePage(findByBlock(matcher, text, checker), counted);
}

/** Claims are checked when a checker is given (the CLI always gives one; the eval scores names only). */
export function scanFiles(
  packs: readonly Pack[],
  files: readonly { file: string; content: string }[],
  checker?: ClaimChecker,
): FileReport[] {
  const matcher = buildMatcher(packs);
  return files.map(({ file, content }) => {
    const matches = scanText(matcher, fileText(file, content), checker);
    const claims = matches.flatMap((m) => (m.claims ?? []).map((c) => ({ entity: m.entityId, ...c })));
    return { file, entities: groupMatches(matches), claims: tallyClaims(claims) };
  });
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ files: reports })}\n`;
}

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const total = r.entities.reduce((n, e) => n + e.count, 0);
    lines.push(
      `${r.file}: ${total} mention${total === 1 ? '' : 's'} of ${r.entities.length} entit${r.entities.length === 1 ? 'y' : 'ies'}`,
    );
    const width = Math.max(0, ...r.entities.map((e) => e.id.length));
    for (const e of r.entities) {
      const forms = [...new Set(e.matches.map((m) => m.text))].join(', ');
      lines.push(`  ${e.id.padEnd(width)}  ${String(e.count).padStart(3)}  ${forms}`);
    }
    for (const c of r.claims)
      lines.push(`  claim ${c.claim} (${c.entity}): ${c.verdict}${c.count > 1 ? ` ×${c.count}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
