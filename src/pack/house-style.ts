/**
 * The pack's house style for the reader-facing Arabic and French text (names, summaries, facts),
 * written down in src/pack/README.md and checked by house-style.test.ts. Aliases are match forms
 * and keep every spelling seen on real pages, so they are not checked here.
 */
import type { Pack } from '../text/pack-types';

interface Rule {
  /** What the text must not contain. */
  pattern: RegExp;
  message: string;
}

const FRENCH: Rule[] = [
  { pattern: /(?:^|[^\u202f])[;!?]/u, message: 'needs a narrow no-break space (U+202F) before ; ! ?' },
  { pattern: /(?:^|[^\u00a0]):(?=\s|$)/u, message: 'needs a no-break space (U+00A0) before :' },
  { pattern: /«(?!\u202f)|(?<!\u202f)»/u, message: 'needs « guillemets » with U+202F inside' },
  { pattern: /["“”]/u, message: 'uses English quotes: write « … »' },
  { pattern: /\d[ \u00a0]\d{3}\b/u, message: 'groups thousands with U+202F (10\u202f000), not a space' },
  { pattern: /sont souvent listés comme|à main levée/u, message: 'anglicism or wrong term (see the README)' },
];

const ARABIC: Rule[] = [
  {
    pattern: /(?:^|[\s«(])[وبلف]?(?:ال)?[أا]فريقي/u,
    message: 'spells Africa أفريقيا/افريقيا: the house style is إفريقيا / إفريقي',
  },
  { pattern: /أميرك/u, message: 'spells أميركي: the house style is أمريكي' },
  { pattern: /["“”]/u, message: 'uses English quotes: write «…»' },
  { pattern: /[\u0600-\u06ff] ?,(?! ?\d)/u, message: 'uses a Latin comma after Arabic text: write ،' },
  { pattern: /[\u0600-\u06ff] ?\?/u, message: 'uses a Latin question mark after Arabic text: write ؟' },
];

function issuesOf(text: string, rules: Rule[], where: string): string[] {
  return rules.filter((r) => r.pattern.test(text)).map((r) => `${where}: ${r.message}: ${text}`);
}

export function houseStyleIssues(pack: Pack): string[] {
  const out: string[] = [];
  pack.entities.forEach((e, i) => {
    const texts: [string, { ar?: string; fr?: string }][] = [
      [`entities[${i}].names (${e.id})`, e.names],
      [`entities[${i}].summary (${e.id})`, e.summary],
      ...e.facts.map((f, j): [string, { ar?: string; fr?: string }] => [
        `entities[${i}].facts[${j}].text (${e.id})`,
        f.text,
      ]),
    ];
    for (const [where, t] of texts) {
      if (t.fr !== undefined) out.push(...issuesOf(t.fr, FRENCH, `${where}.fr`));
      if (t.ar !== undefined) out.push(...issuesOf(t.ar, ARABIC, `${where}.ar`));
    }
  });
  return out;
}
