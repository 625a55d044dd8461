/**
 * Every alias form the fact sheet marks as seen in real pages (plus a few standard spellings) is
 * detected as its entity. Ambiguous forms are embedded in a carrier sentence giving the context
 * their rule requires. Forms deliberately left out of the pack are listed in EXCLUDED with why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanState } from '../text/matcher';
import { bundledMatcher as matcher } from './bundled-test-pack';

interface SeenForm {
  entity: string;
  form: string;
  carrier: string;
}

/**
 * Seen forms the pack does not match on purpose. (@USEmbMorocco is matched, except right next to
 * the embassy's name, as in a tweet credit that expected.json counts once.)
 */
export const EXCLUDED: Record<string, string> = {
  'the Marines':
    'bare "Marines" also means the UK Royal Marines and others; "U.S. Marines" and "Marine Corps" are listed',
  'fusiliers marins':
    'in French this is first the French Navy\'s own naval infantry; "fusiliers marins américains" is listed',
  'رئيس أركان الجيش الأمريكي': 'also the title of the US Army Chief of Staff, a different office',
  'مرسوم رئاسي': 'generic ("a presidential decree")',
  'ملي / الملي': 'misspellings of Milley that are also common Arabic words',
};

const forms: SeenForm[] = JSON.parse(readFileSync(new URL('./fixtures/seen-forms.json', import.meta.url), 'utf8'));

describe('seen alias forms', () => {
  it.each(forms.map((f) => [`${f.entity}: ${f.form}`, f] as const))('%s', (_label, f) => {
    const text = f.carrier.replace('{}', f.form);
    const at = text.indexOf(f.form);
    const hits = matcher.find(text, createScanState()).filter((m) => m.entityId === f.entity);
    // The mention must lie on the form (a form such as "رئيس هيئة الأركان ..." or "“الأسد الإفريقي 2024″"
    // may carry a title, quotes or a year around the alias that is actually matched).
    const covered = hits.some((m) => m.start < at + f.form.length && m.end > at);
    expect(covered, `${f.entity} ← ${JSON.stringify(text)} got ${JSON.stringify(hits.map((m) => m.text))}`).toBe(true);
  });
});
