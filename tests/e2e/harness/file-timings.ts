/**
 * A vitest reporter that ends the run with each test file's duration (tests and hooks, browser
 * launches included), slowest first, and a total per project: CI's log then shows where the e2e
 * time goes and whether it grows. Added beside the default reporter (vitest.config.ts).
 */
import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export default class FileTimings implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const rows = modules
      .map((m) => ({
        project: m.project.name,
        file: m.relativeModuleId,
        ms: m.diagnostic().duration,
        state: m.state(),
      }))
      .sort((a, b) => b.ms - a.ms);
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.project, (totals.get(r.project) ?? 0) + r.ms);
    const lines = ['', 'Time per test file (tests and hooks), slowest first:'];
    for (const r of rows)
      lines.push(`${seconds(r.ms)}  ${r.project.padEnd(5)} ${r.file}${r.state === 'passed' ? '' : `  (${r.state})`}`);
    for (const [project, ms] of totals) lines.push(`${seconds(ms)}  ${project} total`);
    console.log(lines.join('\n'));
  }
}
