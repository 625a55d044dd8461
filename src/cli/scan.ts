/**
 * npm run scan -- [--json] [--pack FILE] FILE...
 * Prints, per file, the pack entities mentioned and how often. Exit codes: 0 ok, 1 a file could
 * not be read, 2 usage error or invalid pack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ClaimChecker, validateClaimSet } from '../text/claims';
import { validatePack } from '../text/validate-pack';
import type { Pack } from '../text/pack-types';
import { formatJson, formatText, scanFiles } from './scan-core';

const USAGE = 'usage: npm run scan -- [--json] [--pack FILE] FILE...';

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Args {
  json: boolean;
  pack: string | null;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, pack: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--pack') {
      const v = argv[++i];
      if (v === undefined) throw new CliError(`--pack needs a file\n${USAGE}`, 2);
      args.pack = v;
    } else if (a.startsWith('--pack=')) args.pack = a.slice('--pack='.length);
    else if (a === '--help' || a === '-h') throw new CliError(USAGE, 0);
    else if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a}\n${USAGE}`, 2);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new CliError(`no files given\n${USAGE}`, 2);
  return args;
}

function errorText(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

function loadPack(file: string | null): Pack {
  const root = process.env.GLOSSA_ROOT ?? process.cwd();
  const packPath = file ?? path.join(root, 'src', 'pack', 'bundled-pack.json');
  const label = file ?? 'bundled pack src/pack/bundled-pack.json';
  let raw: string;
  try {
    raw = readFileSync(packPath, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${label}: ${errorText(e)}${file === null ? ' (use --pack FILE)' : ''}`, 2);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new CliError(`invalid pack ${label}: not JSON (${errorText(e)})`, 2);
  }
  const result = validatePack(data);
  if (!result.ok) throw new CliError(`invalid pack ${label}:\n  ${result.errors.join('\n  ')}`, 2);
  return result.pack;
}

/** The bundled claim checks; their entities are the bundled pack's, whatever pack matches. */
function loadClaims(root: string): ClaimChecker {
  const bundled = JSON.parse(readFileSync(path.join(root, 'src', 'pack', 'bundled-pack.json'), 'utf8')) as {
    entities: { id: string }[];
  };
  const claims = JSON.parse(readFileSync(path.join(root, 'src', 'pack', 'claims.json'), 'utf8')) as unknown;
  return new ClaimChecker(validateClaimSet(claims, new Set(bundled.entities.map((e) => e.id))));
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  const pack = loadPack(args.pack);
  const files = args.files.map((file) => {
    try {
      return { file, content: readFileSync(file, 'utf8') };
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${errorText(e)}`, 1);
    }
  });
  const reports = scanFiles([pack], files, loadClaims(process.env.GLOSSA_ROOT ?? process.cwd()));
  process.stdout.write(args.json ? formatJson(reports) : formatText(reports));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    (e.code === 0 ? process.stdout : process.stderr).write(`${e.code === 0 ? '' : 'scan: '}${e.message}\n`);
    process.exitCode = e.code;
  } else {
    process.stderr.write(`scan: unexpected error: ${errorText(e)}\n`);
    process.exitCode = 3;
  }
}
