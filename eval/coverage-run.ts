/**
 * npm run eval:coverage
 * Prints how the corpus covers each ambiguous alias (coverage.ts) and writes eval/COVERAGE.md.
 * Exit 0 (coverage is a target, not a gate), 2 on a malformed corpus or pack.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { coverage, renderCoverage } from './coverage';
import { evalDir, EvalError, loadCorpus, loadPack } from './load';

function main(): void {
  const report = renderCoverage(coverage(loadPack(), loadCorpus()));
  writeFileSync(path.join(evalDir, 'COVERAGE.md'), report);
  process.stdout.write(report);
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval:coverage: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = e instanceof EvalError ? 2 : 1;
}
