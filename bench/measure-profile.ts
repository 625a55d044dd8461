/**
 * The full run's CPU profile of the content script, by part of the work (bench/profile.ts,
 * unminified build of the same tree), so a failing ratio target is explained by a profile of
 * the same run (issue 19), not by an older one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProfileSplit } from './profile-split';
import { log } from './session';

export interface ProfileResults {
  repeat?: number;
  intervalUs?: number;
  pages?: Record<string, ProfileSplit>;
  error?: string;
}

/** Three pages, three loads each, plus the unminified build: minutes at most. */
const PROFILE_TIMEOUT_MS = 10 * 60_000;

export function profileSplits(root: string, pages: readonly string[], repeat: number): ProfileResults {
  log(`profile: bench/profile.ts ${pages.join(' ')} --repeat ${repeat}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-profile-'));
  const json = path.join(dir, 'split.json');
  try {
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        'bench/profile.ts',
        ...pages,
        '--repeat',
        String(repeat),
        '--json',
        json,
        '--out',
        dir,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GLOSSA_ROOT: root },
        // A stuck browser must not hold the whole bench; the profile prints a report per page.
        timeout: PROFILE_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    if (r.error) return { error: `bench/profile.ts: ${r.error.message}` };
    if (r.status !== 0) return { error: `bench/profile.ts exited ${r.status}: ${(r.stderr || '').slice(-500)}` };
    return JSON.parse(readFileSync(json, 'utf8')) as ProfileResults;
  } catch (e) {
    return { error: String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
