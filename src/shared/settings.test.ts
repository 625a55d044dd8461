import { describe, expect, it } from 'vitest';
import { defaultSettings, normaliseHostname, sanitiseSettings, settingsFromFile, settingsToFile } from './settings';

describe('sanitiseSettings', () => {
  it('accepts a valid value as is', () => {
    const s = {
      ...defaultSettings(),
      enabled: false,
      disabledSites: ['example.com'],
      paintStyle: 'background' as const,
    };
    expect(sanitiseSettings(s)).toEqual({ settings: s, problems: [], fromVersion: 1 });
  });
  it('replaces garbage by defaults and says so', () => {
    for (const raw of ['garbage', 42, null, [1, 2]]) {
      const r = sanitiseSettings(raw);
      expect(r.settings).toEqual(defaultSettings());
      expect(r.problems).toHaveLength(1);
    }
  });
  it('keeps the good fields and reports each bad one', () => {
    const r = sanitiseSettings({
      schemaVersion: 1,
      enabled: 'yes',
      paintAll: true,
      disabledSites: ['ok.org', 5, 'bad host'],
      categories: { person: false, place: 'no' },
      paintStyle: 'blink',
      language: 'fr',
    });
    expect(r.settings.enabled).toBe(true);
    expect(r.settings.paintAll).toBe(true);
    expect(r.settings.disabledSites).toEqual(['ok.org']);
    expect(r.settings.categories.person).toBe(false);
    expect(r.settings.categories.place).toBe(true);
    expect(r.settings.paintStyle).toBe('underline');
    expect(r.settings.language).toBe('fr');
    expect(r.problems.map((p) => p.split(':')[0])).toEqual([
      'enabled',
      'disabledSites[1]',
      'disabledSites[2]',
      'categories.place',
      'paintStyle',
    ]);
  });
  it('migrates version 0 (no schemaVersion, sites/style)', () => {
    const r = sanitiseSettings({ enabled: false, sites: ['Example.COM'], style: 'none' });
    expect(r.fromVersion).toBe(0);
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({
      schemaVersion: 1,
      enabled: false,
      disabledSites: ['example.com'],
      paintStyle: 'none',
    });
  });
  it('reports a newer version but keeps what it understands', () => {
    const r = sanitiseSettings({ schemaVersion: 9, enabled: false, future: 1 });
    expect(r.settings.enabled).toBe(false);
    expect(r.problems[0]).toMatch(/newer/);
  });
});

describe('normaliseHostname', () => {
  it('reduces URLs and typed hosts', () => {
    expect(normaliseHostname('https://Www.Example.com:8080/path?q')).toBe('www.example.com');
    expect(normaliseHostname(' example.org. ')).toBe('example.org');
    expect(normaliseHostname('localhost')).toBe('localhost');
    expect(normaliseHostname('هسبريس.com')).toBe('هسبريس.com');
  });
  it('refuses what is not a host', () => {
    for (const bad of ['', 'a b', 'exa_mple.com', '-x.com', 'javascript:alert(1)', '<img>'])
      expect(normaliseHostname(bad)).toBeNull();
  });
});

describe('settings file', () => {
  it('round-trips', () => {
    const s = { ...defaultSettings(), paintAll: true };
    expect(settingsFromFile(settingsToFile(s))).toEqual({ ok: true, settings: s });
  });
  it('refuses anything with a problem', () => {
    expect(settingsFromFile('{').ok).toBe(false);
    expect(settingsFromFile('{"settings":{}}').ok).toBe(false);
    const bad = settingsFromFile('{"glossaSettings":1,"settings":{"enabled":"no"}}');
    expect(bad).toEqual({ ok: false, errors: [expect.stringMatching(/^settings\.enabled/)] });
  });
});
