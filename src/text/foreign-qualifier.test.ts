import { describe, expect, it } from 'vitest';
import { AR_BROKEN_PLURALS, parseCountries } from './countries';
import { COUNTRIES, COUNTRY_TABLE } from './country-table';
import { ForeignQualifier, RELATIONS, type ForeignRule } from './foreign-qualifier';
import { buildMatcher, createPageState } from './matcher';
import { loadMatcher, serialiseMatcher } from './matcher-format';
import { foldString, normalise } from './normalise';
import { OWN_COUNTRIES } from './own-countries';
import bundled from '../pack/bundled-pack.json';
import type { Pack } from './pack-types';

const qualifier = new ForeignQualifier(COUNTRY_TABLE);
const ALL: ForeignRule = { own: ['us', 'ma'], relations: [...RELATIONS] };

/**
 * Whether the first occurrence of `name` in `text` is qualified by another country than `own`'s
 * (the mention starts at its written token: Arabic proclitics are part of it).
 */
function foreign(text: string, name: string, rule: ForeignRule = ALL): boolean {
  const folded = normalise(text).text;
  const s = folded.indexOf(foldString(name));
  if (s < 0) throw new Error(`${name} not in ${text}`);
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  return qualifier.foreign(ForeignQualifier.compile(rule), chars, chars.length, s, s + foldString(name).length);
}

describe('ForeignQualifier', () => {
  it('reads a demonym or a possessive before (English)', () => {
    expect(foreign('Landing drills of the Thai Marine Corps began at dawn.', 'Marine Corps')).toBe(true);
    expect(foreign('the Portuguese East Africa Command', 'East Africa Command')).toBe(true);
    expect(foreign("Taiwan's Joint Chiefs met on Monday", 'Joint Chiefs')).toBe(true);
    expect(foreign('Sri Lanka’s Joint Chiefs had warned', 'Joint Chiefs')).toBe(true);
    expect(foreign("the Netherlands' Marine Corps", 'Marine Corps')).toBe(true);
  });

  it('reads a demonym or a nisba after (French, Arabic), masculine or feminine', () => {
    expect(foreign('Le Marine Corps thaïlandais a défilé hier.', 'Marine Corps')).toBe(true);
    expect(foreign('les Forces armées royales néerlandaises', 'Forces armées royales')).toBe(true);
    expect(foreign('استعرضت القوات المسلحة الملكية التايلاندية قدراتها', 'القوات المسلحة الملكية')).toBe(true);
    expect(foreign('مدن الساحل الإيفواري', 'الساحل')).toBe(true);
    expect(foreign('صدر عدد جديد من مجلة المغرب الموريتانية', 'المغرب')).toBe(true);
  });

  it('reads of/de/in/à/في/ب + a country or its capital after', () => {
    expect(foreign('The JCS in Taipei confirmed', 'JCS')).toBe(true);
    expect(foreign('the Joint Chiefs of Bangladesh', 'Joint Chiefs')).toBe(true);
    expect(foreign('Farms in the Sahel of Tunis', 'Sahel')).toBe(true);
    expect(foreign('un état-major interarmées du Canada', 'état-major interarmées')).toBe(true);
    expect(foreign('les chefs d’état-major de la Côte d’Ivoire', 'chefs d’état-major')).toBe(true);
    expect(foreign("l'ambassade des États-Unis au Caire", 'ambassade des États-Unis')).toBe(true);
    expect(foreign('le consulat des États-Unis à La Valette', 'consulat des États-Unis')).toBe(true);
    expect(foreign('le Sahel d’Égypte', 'Sahel')).toBe(true);
    expect(foreign('افتتحت سفارة الولايات المتحدة لدى السنغال مكتبا', 'سفارة الولايات المتحدة')).toBe(true);
    expect(foreign('استقبلت سفارة الولايات المتحدة بنواكشوط وفدا', 'سفارة الولايات المتحدة')).toBe(true);
    expect(foreign('Le Sahel (Tunisie) exporte ses olives', 'Sahel')).toBe(true);
  });

  it('skips a demonym of the entity’s own country right after it', () => {
    expect(foreign('مكتب الولايات المتحدة الأمريكية في داكار', 'مكتب الولايات المتحدة')).toBe(true);
    expect(foreign('مكتب الولايات المتحدة الأمريكية في الرباط', 'مكتب الولايات المتحدة')).toBe(false);
  });

  it('reads with/avec/مع + a country after, and compounds of foreign countries only', () => {
    expect(foreign('the Treaty of Friendship with the Soviet Union', 'Treaty of Friendship')).toBe(true);
    expect(foreign('معاهدة الصداقة مع الاتحاد السوفيتي', 'معاهدة الصداقة')).toBe(true);
    expect(foreign('the Indo-Soviet Treaty of Friendship', 'Treaty of Friendship')).toBe(true);
    expect(foreign('the American-Moroccan Treaty of Friendship', 'Treaty of Friendship')).toBe(false);
    expect(foreign('the English-language Treaty of Friendship', 'Treaty of Friendship')).toBe(false);
  });

  it('takes a country name as a modifier only where the rule says so', () => {
    expect(foreign('the Ghana Armed Forces', 'Armed Forces')).toBe(true);
    expect(foreign('قرار إسرائيل الاعتراف بسيادة المغرب', 'الاعتراف بسيادة المغرب')).toBe(true);
    const noModifier: ForeignRule = { own: ['us'], relations: ['before', 'after', 'of'] };
    expect(foreign('troops in Niger AFRICOM said', 'AFRICOM', noModifier)).toBe(false);
  });

  it('does not read the Arabic ل after a name as "of", nor المالي (financial) as Malian', () => {
    expect(foreign('أكد دعم الولايات المتحدة لأوكرانيا', 'الولايات المتحدة')).toBe(false);
    expect(foreign('ارتفع دعم المغرب المالي للتعليم', 'المغرب')).toBe(false);
    expect(foreign('ارتفع دعم المغرب المصري للتعليم', 'المغرب')).toBe(true);
  });

  it('leaves the entity’s own countries alone', () => {
    expect(foreign('the US Joint Chiefs in Washington', 'Joint Chiefs')).toBe(false);
    expect(foreign('a Moroccan Royal Armed Forces unit', 'Royal Armed Forces')).toBe(false);
    expect(foreign('سفارة الولايات المتحدة بالرباط', 'سفارة الولايات المتحدة')).toBe(false);
    expect(foreign('le Sahel malien', 'Sahel', OWN_COUNTRIES.sahel)).toBe(false);
    expect(foreign('the Russian Africa Corps', 'Africa Corps', OWN_COUNTRIES['africa-corps'])).toBe(false);
    expect(foreign('a Belgian Africa Corps', 'Africa Corps', OWN_COUNTRIES['africa-corps'])).toBe(true);
    expect(foreign('le Sahara espagnol', 'Sahara', OWN_COUNTRIES['western-sahara'])).toBe(false);
  });

  it('reads only what is attached, and only the relations the rule enables', () => {
    expect(foreign('Ghana and the Joint Chiefs', 'Joint Chiefs')).toBe(false);
    expect(foreign('the Joint Chiefs, Korean officials said', 'Joint Chiefs')).toBe(false);
    expect(foreign('the Joint Chiefs said in Seoul', 'Joint Chiefs')).toBe(false);
    expect(foreign('the U.S. Marine Corps', 'Marine Corps')).toBe(false);
    expect(foreign('The Sahel of Latin America', 'Sahel')).toBe(false);
    const deployed: ForeignRule = OWN_COUNTRIES.africom!;
    expect(foreign('AFRICOM in Niger', 'AFRICOM', deployed)).toBe(false);
    expect(foreign('a conference on the Sahel in Paris', 'Sahel', OWN_COUNTRIES.sahel)).toBe(false);
    expect(foreign('les vols de Rabat à Paris', 'Rabat', OWN_COUNTRIES.rabat)).toBe(false);
    // The price of the route rule: after de, à is read as "to" even where it means "in".
    expect(foreign('le bourg de Rabat à Malte', 'Rabat', OWN_COUNTRIES.rabat)).toBe(false);
    expect(foreign('le bourg maltais, Rabat (Malte)', 'Rabat', { own: ['us', 'ma'], relations: ['at'] })).toBe(true);
  });
});

describe('ForeignQualifier: plural nisbas and the countries an entity spans (red team 17, classes D and F)', () => {
  const marines: ForeignRule = OWN_COUNTRIES['us-marine-corps']!;

  it('reads a plural nisba after a plural of men, not an own one', () => {
    expect(foreign('نفذ المارينز البريطانيون عملية إنزال في جزيرة.', 'المارينز', marines)).toBe(true);
    expect(foreign('شارك المارينز الهولنديون في تمرين شتوي.', 'المارينز', marines)).toBe(true);
    expect(foreign('تدرب مع المارينز الإسبانيين في جزر الكناري.', 'المارينز', marines)).toBe(true);
    expect(foreign('يرابط المارينز الروس في ميناء طرطوس منذ سنوات.', 'المارينز', marines)).toBe(true);
    expect(foreign('تدرب المارينز الأتراك على الإنزال في بحر إيجه.', 'المارينز', marines)).toBe(true);
    expect(foreign('قال قائد المارينز للصحفيين الروس إن التمرين سينطلق.', 'المارينز', marines)).toBe(false);
    expect(foreign('شارك المارينز الأمريكيون في تدريبات قرب أكادير.', 'المارينز', marines)).toBe(false);
    expect(foreign('قال قائد المارينز إن البريطانيين سيشاركون.', 'المارينز', marines)).toBe(false);
  });

  it('reads the ‑ين form and a broken plural after a transitive verb as its object (review 17, R2)', () => {
    expect(foreign('قاتل المارينز العراقيين في الفلوجة عام 2004.', 'المارينز', marines)).toBe(false);
    expect(foreign('درب المارينز الليبيين على حماية السفارة.', 'المارينز', marines)).toBe(false);
    expect(foreign('واجه المارينز الروس في الحرب الباردة عدة مرات.', 'المارينز', marines)).toBe(false);
    expect(foreign('دربت قوات المارينز الفرنسيين في جيبوتي.', 'قوات المارينز', marines)).toBe(false);
    expect(foreign('ثم حاصر المارينز الفيتناميين في هوي.', 'المارينز', marines)).toBe(false);
    // The nominative ‑ون agrees with the subject only; an intransitive verb takes no object.
    expect(foreign('قاتل المارينز البريطانيون في جزر فوكلاند.', 'المارينز', marines)).toBe(true);
    expect(foreign('انتشر المارينز الروس في ميناء طرطوس.', 'المارينز', marines)).toBe(true);
    expect(foreign('تعاون المارينز الهولنديين مع الأمريكيين في النرويج.', 'المارينز', marines)).toBe(true);
    expect(foreign('نفذ المارينز الإنجليز عملية في الخليج.', 'المارينز', marines)).toBe(true);
  });

  it('does not read it after a singular name, where it is a clause’s subject or object', () => {
    const us: ForeignRule = OWN_COUNTRIES['united-states']!;
    expect(foreign('تدعم الولايات المتحدة الفرنسيين في الساحل.', 'الولايات المتحدة', us)).toBe(false);
    expect(foreign('استقبلت الرباط الفرنسيين بحفاوة.', 'الرباط', OWN_COUNTRIES.rabat)).toBe(false);
  });

  it('keeps its broken plurals to known countries', () => {
    const codes = new Set(COUNTRY_TABLE.map((c) => c.code));
    for (const code of Object.keys(AR_BROKEN_PLURALS)) expect(codes.has(code)).toBe(true);
  });

  it('names the country, so a desert rule can tell the Sahara’s states from the others', () => {
    const desert = ForeignQualifier.compile(OWN_COUNTRIES['sahara-desert']!);
    const country = (text: string, name: string): string | undefined => {
      const folded = normalise(text).text;
      const s = folded.indexOf(foldString(name));
      const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
      return qualifier.foreignCountry(desert, chars, chars.length, s, s + foldString(name).length);
    };
    expect(country('تحطمت طائرة في الصحراء الأسترالية الوسطى.', 'الصحراء')).toBe('au');
    expect(country('the Algerian Sahara', 'Sahara')).toBe('dz');
    expect(desert.spans?.has('dz')).toBe(true);
    expect(desert.spans?.has('au')).toBe(false);
    expect(desert.spans?.has('sa')).toBe(false);
  });
});

describe('countries and own countries', () => {
  const codes = new Set(COUNTRY_TABLE.map((c) => c.code));

  it('has one line of eight fields per country, codes unique', () => {
    for (const line of COUNTRIES) expect(line.split('|'), line).toHaveLength(8);
    expect(codes.size).toBe(COUNTRIES.length);
    expect(() => parseCountries(['xx|Name|Demonym'])).toThrow(/3 fields/);
  });

  it('parses every field, and a nisba field of - as none', () => {
    const [mali] = parseCountries(['ml|Mali|Malian|Mali|malien|مالي|-|Bamako,باماكو']);
    expect(mali).toEqual({
      code: 'ml',
      enNames: ['Mali'],
      enDemonyms: ['Malian'],
      frNames: ['Mali'],
      frDemonyms: ['malien'],
      arNames: ['مالي'],
      arNisbas: null,
      capitals: ['Bamako', 'باماكو'],
    });
    expect(parseCountries(['td|Chad|Chadian|Tchad|tchadien|تشاد||'])[0]!.arNisbas).toEqual([]);
  });

  it('names entities of the bundled pack, known countries and known relations', () => {
    const ids = new Set((bundled as Pack).entities.map((e) => e.id));
    for (const [id, rule] of Object.entries(OWN_COUNTRIES)) {
      expect(ids.has(id), id).toBe(true);
      for (const c of rule.own) expect(codes.has(c), `${id}: ${c}`).toBe(true);
      for (const r of rule.relations) expect(RELATIONS, `${id}: ${r}`).toContain(r);
      expect(rule.own, `${id}: the story's countries are its own`).toEqual(expect.arrayContaining(['us', 'ma']));
    }
  });
});

describe('the engine with the foreign qualifier', () => {
  const matcher = buildMatcher([bundled as Pack]);
  const found = (text: string) => matcher.find(text, createPageState()).map((m) => [m.entityId, m.sense ?? 'counted']);

  it('votes against another country’s namesake, a vote qualified by its own words', () => {
    expect(found('The JCS in Taipei reported drills near the strait.')).toContainEqual([
      'joint-chiefs-of-staff',
      'qualified',
    ]);
    expect(found('Le Marine Corps thaïlandais a défilé hier.')).toEqual([['us-marine-corps', 'qualified']]);
  });

  it('decides alike when loaded from the precompiled form (the page’s fallback engine)', () => {
    const loaded = loadMatcher(serialiseMatcher(matcher), [bundled as Pack]);
    const text = 'Le Marine Corps thaïlandais a défilé près du Marine Corps américain.';
    expect(loaded.find(text, createPageState())).toEqual(matcher.find(text, createPageState()));
    expect(loaded.find(text, createPageState()).map((m) => m.sense ?? 'counted')).toEqual(['qualified', 'counted']);
  });

  it('keeps the names inside another embassy’s name as modifiers', () => {
    const ids = found('افتتحت سفارة الولايات المتحدة لدى السنغال مكتبا للتأشيرات').map(([id]) => id);
    expect(ids).not.toContain('united-states');
    expect(ids).toContain('us-embassy-morocco');
  });

  it('takes another country’s Sahara for the desert, even among the conflict’s words', () => {
    const matches = found('The Polisario camps near Tindouf lie in the Algerian Sahara, far from Western Sahara.');
    expect(matches).toContainEqual(['western-sahara', 'qualified']);
    expect(matches).toContainEqual(['sahara-desert', 'general']);
    expect(found('الصحراء الليبية')).toContainEqual(['sahara-desert', 'general']);
    // A country the Sahara does not span names another desert (red team 17, class F).
    expect(found('تحطمت طائرة خفيفة في الصحراء الأسترالية الوسطى.')).toContainEqual(['sahara-desert', 'qualified']);
    expect(found('يعبر رالي داكار الصحراء السعودية لمسافة طويلة.')).not.toContainEqual(['sahara-desert', 'counted']);
    expect(found('تعبر القوافل الصحراء الجزائرية نحو مالي.')).toContainEqual(['sahara-desert', 'general']);
    // The territory's own countries say nothing: the Moroccan Sahara may be either.
    expect(found('The Polisario rejects the Moroccan Sahara plan.')).not.toContainEqual(['sahara-desert', 'general']);
  });
});

describe('ForeignQualifier: the page frame', () => {
  const folded = (text: string): Uint16Array => Uint16Array.from(normalise(text).text, (c) => c.charCodeAt(0));
  const opening = (text: string): string | undefined => {
    const c = folded(text);
    return qualifier.opening(c, c.length);
  };
  const namesOwn = (text: string): boolean => {
    const c = folded(text);
    return qualifier.namesOwn(ForeignQualifier.compile({ own: ['us', 'ma'], relations: [] }), c, c.length);
  };

  it('reads the country a text opens with as its place', () => {
    expect(opening("Thailand's king presided over the parade.")).toBe('th');
    expect(opening('Rwanda, 1990 : les FAR reculent.')).toBe('rw');
    expect(opening('En Thaïlande, le corps des Marines garde la frontière.')).toBe('th');
    expect(opening('In Bangkok, troops lined the avenue.')).toBe('th');
    expect(opening('À Kigali, le mémorial rappelle 1994.')).toBe('rw');
    expect(opening('Morocco received its Apaches.')).toBe('ma');
  });

  it('reads no frame where the country is not the opening', () => {
    expect(opening('The FAR and troops from Senegal jumped near Tan-Tan.')).toBeUndefined();
    expect(opening('Troops from Thailand joined the drill.')).toBeUndefined();
    expect(opening('In the field, Senegal sent paratroopers.')).toBeUndefined();
  });

  it("reads a rule's home places anywhere in the text", () => {
    const rule = ForeignQualifier.compile({ own: ['ma'], relations: [], home: ['Dakhla', 'الداخلة'] });
    const namesHome = (text: string): boolean => {
      const c = folded(text);
      return ForeignQualifier.namesHome(rule, c, c.length);
    };
    expect(namesHome('The FAR drilled near Dakhla in June.')).toBe(true);
    expect(namesHome('أجرت القوات المسلحة الملكية مناورات قرب الداخلة.')).toBe(true);
    expect(namesHome('The FAR paraded in Bangkok.')).toBe(false);
    expect(ForeignQualifier.compile({ own: ['ma'], relations: [] }).home).toBeNull();
  });

  it("reads the story's own countries anywhere, initials included", () => {
    expect(namesOwn('Alongside the FAR and U.S. Marines, they jumped near Tan-Tan.')).toBe(true);
    expect(namesOwn('Les FAR et les Marines américains ont sauté.')).toBe(true);
    expect(namesOwn('Moroccan officers joined.')).toBe(true);
    expect(namesOwn('The Royal Armed Forces paraded in Bangkok.')).toBe(false);
  });
});

describe('ForeignQualifier: a compass side of another country’s place (fix22c)', () => {
  const SIDE: ForeignRule = { own: ['us', 'ma', 'eh'], relations: ['side'], beside: ['mr'] };
  const side = (text: string, name: string): boolean => foreign(text, name, SIDE);

  it('reads a side of another country or its capital, in each language', () => {
    expect(side('تعود رحلات التخييم في الصحراء شمال الرياض.', 'الصحراء')).toBe(true);
    expect(side('ضل راعيان طريقهما في الصحراء غرب بغداد.', 'الصحراء')).toBe(true);
    expect(side('أقاموا مخيما في الصحراء بجنوب الأردن.', 'الصحراء')).toBe(true);
    expect(side('Campers head to the Sahara south of Tunis each spring.', 'Sahara')).toBe(true);
    expect(side('Des randonneurs ont traversé le Sahara au sud de la Tunisie.', 'Sahara')).toBe(true);
  });

  it('reads nothing into the own countries, a neighbour it lies beside, or a side of no country', () => {
    expect(side('جدد دعمه للحكم الذاتي في الصحراء جنوب المغرب.', 'الصحراء')).toBe(false);
    expect(side('يقع معبر الكركرات في الصحراء شمال موريتانيا.', 'الصحراء')).toBe(false);
    expect(side('بحث المبعوث نزاع الصحراء شرق الجدار الرملي.', 'الصحراء')).toBe(false);
    expect(side('The Sahara north of the wall is held by Morocco.', 'Sahara')).toBe(false);
    expect(side('The Sahara south of Morocco is disputed.', 'Sahara')).toBe(false);
  });

  it('is the entity’s own sense for a country it spans (the Algerian Sahara)', () => {
    const rule = ForeignQualifier.compile({ ...SIDE, means: 'this', spans: ['dz'] });
    const folded = normalise('عبرت القافلة الصحراء جنوب الجزائر.').text;
    const s = folded.indexOf(foldString('الصحراء'));
    const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
    expect(qualifier.foreignCountry(rule, chars, chars.length, s, s + foldString('الصحراء').length)).toBe('dz');
  });
});
