/**
 * fix18-ar: Arabic error classes of the blind sample of session 18.
 * - Western Sahara named alone (الصحراء الغربية) in a short story sentence was lost: its window left it open,
 *   the short الصحراء inside it voted the territory down (namedDesert read الغربية as a side) and a page
 *   without other story names decided nothing. The name is the territory's now unless the page names another
 *   desert of that name (Egypt's by its oases or its qualifier, Iraq's or a country's own west).
 * - The US recognition written as a clause the pack's phrases do not list (recognition-clause.ts) is one
 *   name; another country's recognition, or one in prospect, is not, and its inner names count.
 * - أفريكا كوربس beside Rommel, 1941 or El Alamein is the historical corps (the veto rule its sister name
 *   فيلق أفريقيا has), and أباتشي beside hosting words is the web server: each mention's own window decides,
 *   so the story's mentions on the same page stay (pack data).
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** The entities counted on a page of `blocks`, read block by block as the scan CLI reads a file. */
function counted(...blocks: string[]): string[] {
  const state = createPageState();
  const all = blocks.flatMap((block) => matcher.find(block, state));
  return decidePage(all, (_m, entityId) => entityId);
}
const ws = (...blocks: string[]): number => counted(...blocks).filter((id) => id === 'western-sahara').length;

describe('bundled pack: الصحراء الغربية alone is the territory unless the page names another desert', () => {
  it('counts the territory in short story sentences with no other story word', () => {
    expect(ws('قرار بشأن الصحراء الغربية')).toBe(1);
    expect(ws('عيّن الأمين العام مبعوثاً شخصياً جديداً إلى الصحراء الغربية، بعد أشهر من شغور المنصب.')).toBe(1);
    expect(ws('تقع البلدة شرق الجدار الرملي في الصحراء الغربية.')).toBe(1);
    expect(ws('صوّت أحد عشر عضوا لصالح القرار الخاص بالصحراء الغربية، وامتنعت روسيا عن التصويت.')).toBe(1);
  });

  it('casts no vote for the short الصحراء read inside the longer name', () => {
    const state = createPageState();
    const votes = matcher
      .find('تملك الصحراء الغربية احتياطيات كبيرة من الفوسفات.', state)
      .filter((m) => m.entityId === 'western-sahara' && m.sense !== 'pending');
    expect(votes).toEqual([]);
  });

  it("leaves Egypt's, Iraq's or a country's own western desert", () => {
    expect(ws('تنطلق رحلات السفاري من القاهرة نحو الصحراء الغربية، وتستقبل الواحات الزوار شتاء.')).toBe(0);
    expect(ws('تعد الصحراء الغربية المصرية عالما مختلفا عن صخب الوادي.')).toBe(0);
    expect(ws('طهرت القوات نصف مساحة الصحراء الغربية، وتستعد لدخول وادي حوران.')).toBe(0);
    expect(ws('تثير الرياح غبارا عالقا في الصحراء الغربية من الدولة.')).toBe(0);
  });

  it('withdraws the bare name on a page that names only the other desert', () => {
    expect(
      ws(
        'رحلة إلى الصحراء البيضاء',
        'تقع الصحراء البيضاء قرب الفرافرة، وتشتهر بصخورها الكلسية.',
        'ويقضي الزوار ليلة تحت النجوم في الصحراء الغربية قبل العودة.',
      ),
    ).toBe(0);
  });
});

/** The entities counted on a one-block page, sorted. */
const ids = (text: string): string[] => counted(text).sort();

describe('bundled pack: the US recognition written as a clause', () => {
  it('counts the clause once, as the recognition, whatever its verb, subject or object', () => {
    expect(ids('منذ أن اعترفت الولايات المتحدة بسيادة المغرب على الصحراء، فتحت دول عدة قنصليات.')).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('وبعد أن اعترفت واشنطن بسيادة المغرب على صحرائه، تغيرت مواقف عدة.')).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('جاء اعتراف ترامب بمغربية الصحراء ضمن اتفاق أوسع.')).toEqual(['us-recognition-western-sahara']);
    expect(ids('وأكد الوزير أن الإدارة الأمريكية تعترف بالسيادة المغربية الكاملة على الصحراء.')).toEqual([
      'us-recognition-western-sahara',
    ]);
  });

  it("reads the Secretaries of State's Arabic names as the tripartite declaration's, not 1950's", () => {
    expect(ids('احتفل الوزراء بالذكرى الأولى للإعلان الثلاثي، وأكد بلينكن أن الاتفاق يخدم السلام.')).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('صدر الإعلان الثلاثي عام 1950 عن بريطانيا وفرنسا، وذكره بلينكن في محاضرة عن تاريخ المنطقة.')).toEqual(
      [],
    );
  });

  it("counts another country's recognition, or one in prospect, as the names inside it", () => {
    expect(ids('اعترفت فرنسا بسيادة المغرب على الصحراء في رسالة إلى الملك.')).toEqual(['morocco', 'western-sahara']);
    expect(ids('وصفت الجبهة أي خطوة نحو الاعتراف بسيادة المغرب على الصحراء بأنها خرق للشرعية.')).toEqual([
      'morocco',
      'western-sahara',
    ]);
    expect(
      ids('قرئت الرسالة في الرباط خطوة نحو الاعتراف بسيادة المغرب على الصحراء من جانب باريس، فغضبت الجزائر.'),
    ).toEqual(['algeria', 'morocco', 'rabat', 'western-sahara']);
  });
});

const n = (id: string, ...blocks: string[]): number => counted(...blocks).filter((x) => x === id).length;

describe('bundled pack: أفريكا كوربس and أباتشي in their other senses beside the story', () => {
  it("reads the historical Afrika Korps by its war's words, and keeps Russia's on the same page", () => {
    expect(n('africa-corps', 'خاضت فرق أفريكا كوربس معارك طاحنة قرب العلمين قبل أن تتراجع غربا.')).toBe(0);
    expect(n('africa-corps', 'رست أولى سفن أفريكا كوربس في طرابلس لنجدة الحليف الإيطالي.')).toBe(0);
    expect(
      n(
        'africa-corps',
        'ففي عام 1941 أرسل هتلر أفريكا كوربس إلى ليبيا بقيادة روميل.',
        'أما اليوم فينتشر أفريكا كوربس في مالي وبوركينا فاسو مكان مقاتلي فاغنر.',
      ),
    ).toBe(1);
    expect(n('africa-corps', 'وصلت طلائع أفريكا كوربس إلى النيجر لتدريب الجيش.')).toBe(1);
  });

  it('reads Apache the web server by its hosting words, and keeps the helicopter on the same page', () => {
    expect(n('ah-64-apache', 'عندي سؤال لمن يفهم في الاستضافة، موقعي على أباتشي يعطيني خطأ 403.')).toBe(0);
    expect(
      n(
        'ah-64-apache',
        'هل تسلم المغرب فعلا أول دفعة من مروحيات أباتشي؟',
        'سؤال خارج الموضوع: موقعي على أباتشي يعطيني خطأ 403 بعد نقل الملفات.',
      ),
    ).toBe(1);
    expect(n('ah-64-apache', 'حلّقت مروحيتان من طراز أباتشي فوق المنطقة الحدودية.')).toBe(1);
  });
});
