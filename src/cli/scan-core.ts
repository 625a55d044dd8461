/**
 * The scan CLI's logic without I/O: text of a file by its type, matching, and the two output
 * formats. The JSON shape is a public contract:
 * {"files":[{"file":"<path as given>","entities":[{"id":"…","count":N,"matches":[{"start":S,"end":E,"text":"…"}]}]}]}
 * Entities are listed in order of first mention; matches in document order; offsets are UTF-16
 * code units of the file's text (for .html files: of the visible text, see html-text.ts).
 */
import { buildMatcher, createScanState, type Match, type Matcher } from '../text/matcher';
import type { Pack } from '../text/pack-types';
import { htmlToText } from './html-text';

export interface EntityReport {
  id: string;
  count: number;
  matches: { start: number; end: number; text: string }[];
}

export interface FileReport {
  file: string;
  entities: EntityReport[];
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

/** One file = one page: one fresh ScanState, so a surname counts after the full name anywhere earlier in the file. */
function scanText(matcher: Matcher, text: string): Match[] {
  return matcher.find(text, createScanState());
}

export function scanFiles(packs: readonly Pack[], files: readonly { file: string; content: string }[]): FileReport[] {
  const matcher = buildMatcher(packs);
  return files.map(({ file, content }) => ({ file, entities: groupMatches(scanText(matcher, fileText(file, content))) }));
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ files: reports })}\n`;
}

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const total = r.entities.reduce((n, e) => n + e.count, 0);
    lines.push(`${r.file}: ${total} mention${total === 1 ? '' : 's'} of ${r.entities.length} entit${r.entities.length === 1 ? 'y' : 'ies'}`);
    const width = Math.max(0, ...r.entities.map((e) => e.id.length));
    for (const e of r.entities) {
      const forms = [...new Set(e.matches.map((m) => m.text))].join(', ');
      lines.push(`  ${e.id.padEnd(width)}  ${String(e.count).padStart(3)}  ${forms}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
