/**
 * The blind14 sample's people classes on the bundled pack (eval dev passages `*-fix14-office-*`,
 * `ar-fix14-clitic-*` and the `blind14-*` they generalise): a lone surname counts without the full name
 * where its office is in its sentence (office-cues.ts), not when only coordinated with it (Langley, the
 * CIA); a fronted « À Langley, » is the town; Milley written with a proclitic (لملي، الملي), never the
 * Darija « ملي » (when). A removed office, alias or shape fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher, createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { validatePack } from '../text/validate-pack';

const v = validatePack(JSON.parse(readFileSync(new URL('./bundled-pack.json', import.meta.url), 'utf8')));
if (!v.ok) throw new Error(v.errors.join('\n'));
const matcher = buildMatcher([v.pack]);
/** The entities a page of these paragraphs mentions, as the scan CLI decides them. */
const page = (text: string): string[] => {
  const state = createPageState();
  const all = text.split('\n').flatMap((block) => matcher.find(block, state));
  return decidePage(all, (_m, id) => id);
};

describe('bundled pack: a lone surname and its office', () => {
  it.each([
    ['dagvin-anderson', 'Anderson, a command pilot, is the seventh commander of AFRICOM and its first airman.'],
    ['dagvin-anderson', 'Anderson became the seventh officer to lead U.S. Africa Command.'],
    ['dagvin-anderson', 'وأوضح أندرسون، خلال إحاطة افتراضية حول أولويات (أفريكوم)، أن التمرين سيكبر.'],
    ['mark-milley', "M. Milley, président du comité des chefs d'état-major, a qualifié le Maroc de grand allié."],
    ['mark-milley', 'وجاء ذلك في تصريحات صحفية لملي، حيث شدد رئيس هيئة الأركان الأمريكية المشتركة على متانة العلاقات.'],
  ])('%s: %s', (id, text) => {
    expect(page(text)).toContain(id);
  });
  it.each([
    ['michael-langley', 'Langley and AFRICOM traded assessments of the threat in the Sahel for months.'],
    ['michael-langley', "Langley et l'Africom ont longtemps divergé sur la menace au Sahel."],
    ['michael-langley', 'Analysts at Langley and planners at AFRICOM disagreed over the strike.'],
    ['dagvin-anderson', 'The director Wes Anderson toured the AFRICOM headquarters in Stuttgart.'],
    ['mark-milley', 'ملي كنت صغير، كنا كنمشيو للبحر مع العائلة كل صيف.'],
    ['mark-milley', 'Milley was blunt about the plan.'],
  ])('not %s: %s', (id, text) => {
    expect(page(text)).not.toContain(id);
  });
  it('reads a fronted « À Langley, » as the town, and the general named in full as himself', () => {
    const text =
      'À Langley, le conseil municipal a approuvé un prêt.\nLe général Michael Langley a cédé la tête de l’AFRICOM.';
    expect(page(text).filter((id) => id === 'michael-langley')).toHaveLength(1);
  });
});
