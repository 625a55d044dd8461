/**
 * Issue 16, with the bundled pack: who acts in the US recognition's verb phrases and who signs a
 * defense roadmap (event-agent.ts), the reviewer's sentences (review14b findings 1 and 4) and the
 * fourth blind sample's forms (eval dev `*-blind15-*`, `*-fix15-*`). Each bad case beside the good
 * case nearest to it.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { bundledMatcher as matcher, idsIn as ids } from './bundled-test-pack';

/** What the page-wide scan counts as decided in the text alone (no vote, nothing pending). */
const counted = (text: string): string[] =>
  matcher
    .find(text, createPageState())
    .filter((m) => m.sense === undefined || m.sense === 'general')
    .map((m) => m.entityId);

const RECOGNITION = 'us-recognition-western-sahara';
const ROADMAP = 'us-morocco-defense-roadmap';

describe('the US recognition: another actor recognizes (review14b finding 1)', () => {
  it.each([
    [
      "Spain refused to recognize Morocco's sovereignty over Western Sahara, unlike Washington.",
      ['morocco', 'western-sahara'],
    ],
    [
      'Israel followed the United States in recognizing Moroccan sovereignty over Western Sahara in July 2023.',
      ['western-sahara'],
    ],
    [
      'Israel moved to recognize Moroccan sovereignty over Western Sahara in 2023, three years after the United States.',
      ['western-sahara'],
    ],
    [
      "The UN has never recognized Morocco's sovereignty over Western Sahara, American diplomats concede.",
      ['morocco', 'western-sahara'],
    ],
    [
      "L'Espagne refuse de reconnaître la souveraineté du Maroc sur le Sahara occidental, contrairement aux États-Unis.",
      ['morocco', 'western-sahara'],
    ],
    [
      'Israël a suivi Washington en décidant de reconnaître la souveraineté marocaine sur le Sahara occidental.',
      ['western-sahara'],
    ],
    ['رفضت إسبانيا أن تعترف بالسيادة المغربية على الصحراء الغربية، على عكس واشنطن.', ['western-sahara']],
    ['وحذت إسرائيل حذو الولايات المتحدة حين قررت أن تعترف بالسيادة المغربية على الصحراء الغربية.', ['western-sahara']],
    ['الجزائر ترفض الاعتراف بالسيادة المغربية على الصحراء رغم الموقف الأمريكي', ['western-sahara']],
    ['أثار الاعتراف الأمريكي بالقدس عاصمة لإسرائيل عام 2017 موجة احتجاجات.', []],
  ])('not the event: %s', (text, inside) => {
    const found = ids(text);
    expect(found).not.toContain(RECOGNITION);
    // the names inside the phrase count on their own
    for (const id of inside) expect(found).toContain(id);
  });

  it.each([
    "In December 2020 the Trump administration recognized Morocco's sovereignty over Western Sahara.",
    'The U.S. move to recognize Moroccan sovereignty over Western Sahara angered Algiers.',
    'Rabat welcomed the US decision to recognize Moroccan sovereignty over Western Sahara.',
    'President Trump signed a proclamation recognizing Moroccan sovereignty over Western Sahara.',
    'أعلن الرئيس ترامب الاعتراف بالسيادة المغربية على الصحراء الغربية.',
    'Donald Trump a signé un décret reconnaissant la souveraineté du Maroc sur le Sahara occidental.',
    // blind15: the participle with Trump its agent, the Sahara not counted again (fr-blind15-045)
    'Le 10 décembre 2020, Donald Trump signait la proclamation reconnaissant la souveraineté marocaine sur le Sahara.',
    // blind15: "over the territory", Washington the agent, Morocco inside (en-blind15-062)
    "In December 2020 Washington recognized Morocco's sovereignty over the territory in exchange for ties with Israel.",
  ])('the event, once: %s', (text) => {
    const found = ids(text);
    expect(found.filter((id) => id === RECOGNITION)).toHaveLength(1);
    expect(found).not.toContain('western-sahara');
    expect(found).not.toContain('morocco');
  });

  it('a headline naming the US recognition alone is the event on a page about it (ar-blind15-067)', () => {
    const page =
      'خمس سنوات على الاعتراف الأمريكي\n\nأعلن الرئيس ترامب الاعتراف بسيادة المغرب على الصحراء في ديسمبر 2020.';
    expect(ids(page).filter((id) => id === RECOGNITION)).toHaveLength(2);
  });
});

describe('the defense roadmap: parties (review14b finding 4)', () => {
  it.each([
    'Algeria and Russia agreed a defense roadmap in 2020, Moscow said.',
    "L'Algérie et la Russie ont adopté une feuille de route décennale en 2020.",
    'وقعت الجزائر وروسيا خارطة طريق للتعاون العسكري عام 2020.',
    'Esper signed a road map for defense cooperation between Tunisia and the United States for ten years.',
    'يرى محللون هنود أن توقيع اتفاقية تمتد على عشر سنوات مع واشنطن في مجال التعاون العسكري يفتح مرحلة جديدة.',
  ])('another pair of countries: %s', (text) => {
    expect(ids(text)).not.toContain(ROADMAP);
  });

  it.each([
    // Morocco (Rabat) named nearer than the tour's other stops (ar-blind15-050)
    'وقّع وزير الدفاع الأمريكي مارك إسبر في الرباط يوم 2 أكتوبر 2020 خارطة طريق للتعاون الدفاعي تمتد حتى عام 2030، في المحطة الأخيرة من جولة مغاربية شملت تونس والجزائر.',
    'Esper signed a ten-year defense roadmap with Morocco in Rabat in 2020.',
    "À Rabat, Mark Esper a signé une feuille de route décennale avec le Maroc jusqu'en 2030.",
  ])('the US–Moroccan one: %s', (text) => {
    expect(counted(text).filter((id) => id === ROADMAP)).toHaveLength(1);
  });
});

describe('blind15 forms', () => {
  it("a wire dateline's spaced hyphen opens the sentence (en-blind15-036)", () => {
    expect(ids('DAKAR, Senegal - The Wagner Group said Friday it is leaving Mali.')).toContain('wagner-group');
    // a capitalised word inside a sentence still joins the name
    expect(ids('Senegal versus The Wagner Group Quartet tonight.')).not.toContain('wagner-group');
  });

  it('a common misspelling of Morocco (en-blind15-074)', () => {
    expect(ids('Morroco and the US wrap up this year’s joint drills near Tan-Tan.')).toContain('morocco');
  });
});
