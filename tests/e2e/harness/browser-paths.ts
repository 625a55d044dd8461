import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const DEFAULTS: Record<BrowserName, { env: string; paths: string[]; apt: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
};

/** The browser's executable, or an explanation of what to install. */
export function findBrowser(name: BrowserName): { path: string } | { missing: string } {
  const spec = DEFAULTS[name];
  const fromEnv = process.env[spec.env];
  const candidates = fromEnv ? [fromEnv] : spec.paths;
  const path = candidates.find((p) => existsSync(p));
  if (path) return { path };
  return {
    missing:
      `${name} not found (looked at ${candidates.join(', ')}). Install it with ` +
      `\`sudo apt-get install -y ${spec.apt}\` or set ${spec.env} to its executable.`,
  };
}
