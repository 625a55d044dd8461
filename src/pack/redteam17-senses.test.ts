/**
 * Pack entries and rules for the Arabic other senses of red team 17 (eval dev passages `*-fix17-*`):
 * أمريكا and الصين inside other names (كوبا أمريكا، الصين تايبيه: other-sense phrases, as English has
 * "Copa America"), the Apache tribe of the nineteenth century and the 2013 Marrakesh Treaty for blind
 * readers (vetoes, in the three languages), «شركة فاغنر» needing the group's context as bare فاغنر
 * does (the paint-tool maker), and through the engine's shape rules the ligament, the
 * fort, other countries' Marines, Wagner's music and other deserts. Each error sentence is paired with
 * a look-alike that must keep its count.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** How often `id` is counted in `text`, read as one page and decided as the scan CLI does. */
const count = (id: string, text: string): number =>
  decidePage(matcher.find(text, createPageState()), (_m, entityId) => entityId).filter((x) => x === id).length;

describe('bundled pack: red team 17, Arabic other senses', () => {
  it.each([
    // A: the ligament, the fort
    ['rabat', 0, 'في الحي القديم بالمهدية، ما زال الرباط شاهدا على زمن الغزوات البحرية.'],
    ['rabat', 0, 'يعاني الحارس من التواء في الكاحل وتمزق جزئي في الرباط.'],
    ['rabat', 0, 'أكد الطاقم الطبي للمنتخب المغربي أن قائد الدفاع تعرض لقطع في الرباط الصليبي.'],
    ['rabat', 0, 'قال مدرب المنتخب المغربي إن إصابة اللاعب في الرباط الصليبي تحتاج إلى ستة أشهر.'],
    ['rabat', 1, 'زرنا حديقة الحيوانات بالرباط يوم الأحد.'],
    ['rabat', 1, 'ما زالت الرباط تستقبل الوفود المشاركة في المنتدى الإفريقي للأمن.'],
    ['rabat', 1, 'تسبب انقطاع طويل في الرباط في تأخير رحلات القطار نحو الدار البيضاء.'],
    // B: أمريكا inside another name
    ['united-states', 0, 'يلعب منتخب البرازيل في كوبا أمريكا ضد الأرجنتين الليلة.'],
    ['united-states', 0, 'تابعنا نهائي كأس أمريكا للإبحار الشراعي في برشلونة.'],
    ['united-states', 0, 'شاهدنا فيلم كابتن أمريكا الجديد في السينما يوم الجمعة.'],
    ['united-states', 0, 'تبث إذاعة صوت أمريكا برامجها بعدة لغات.'],
    ['united-states', 0, 'أعلن بنك أوف أمريكا عن أرباح فصلية تفوق التوقعات.'],
    ['united-states', 1, 'يشارك منتخب الولايات المتحدة المضيف في كوبا أمريكا 2024.'],
    ['united-states', 0, 'تضاعفت الصادرات إلى أمريكا اللاتينية.'],
    ['united-states', 1, 'قال صوت رسمي في الرباط إن أمريكا ستزود الجيش بمروحيات جديدة.'],
    // C: الصين تايبيه
    ['china', 0, 'شارك فريق الصين تايبيه في بطولة العالم للبيسبول.'],
    ['china', 0, 'تلعب الأرجنتين ضد الصين تايبيه في نهائي بطولة كرة السلة للشباب.'],
    ['china', 1, 'أكدت الصين أن تايبيه جزء من أراضيها.'],
    ['china', 1, 'أعلنت جمهورية الصين الشعبية دعمها للمبادرة.'],
    // D: other countries' Marines
    ['us-marine-corps', 0, 'نفذ المارينز البريطانيون عملية إنزال في جزيرة خلال تدريب لحلف الناتو.'],
    ['us-marine-corps', 0, 'شارك المارينز الهولنديون في تمرين شتوي في النرويج.'],
    ['us-marine-corps', 0, 'نفذ المارينز الفرنسيون عملية إنقاذ قبالة سواحل بريتاني.'],
    ['us-marine-corps', 0, 'يرابط المارينز الروس في ميناء طرطوس منذ سنوات.'],
    ['us-marine-corps', 1, 'شارك المارينز مع الجنود المغاربة، وتابع الروس المناورات عن بعد.'],
    ['us-marine-corps', 1, 'شارك المارينز الأمريكيون في تدريبات مشتركة مع جنود مغاربة قرب أكادير.'],
    ['us-marine-corps', 1, 'قال قائد المارينز إن البريطانيين سيشاركون لأول مرة في المناورات بالمغرب.'],
    // E: Wagner's music
    ['wagner-group', 0, 'عزفت فرقة الجيش الأمريكي مقطعًا من فاغنر في حفل بواشنطن العاصمة.'],
    ['wagner-group', 0, 'عزفت فرقة البحرية الروسية مقطوعة من فاغنر خلال العرض العسكري.'],
    ['wagner-group', 0, 'أعلنت شركة فاغنر لأدوات الطلاء عن جهاز رش جديد للمحترفين.'],
    ['wagner-group', 1, 'نشرت شركة فاغنر مئات المرتزقة في مالي بعد انسحاب القوات الفرنسية.'],
    ['wagner-group', 1, 'أسس بريغوجين شركة فاغنر قبل أن يقتل في حادث طائرة.'],
    ['wagner-group', 1, 'قالت تقارير إن عناصر من فاغنر انتقلوا إلى ليبيا الشهر الماضي.'],
    ['wagner-group', 1, 'حاصر مقاتلو فاغنر المدينة في مالي.'],
    // F: other deserts, Egypt's Western Desert
    ['sahara-desert', 0, 'تحطمت طائرة خفيفة في الصحراء الأسترالية الوسطى.'],
    ['sahara-desert', 0, 'تغطي الصحراء الأسترالية الكبرى مساحة شاسعة في غرب القارة.'],
    ['sahara-desert', 0, 'يعبر رالي داكار الصحراء السعودية لمسافة ثمانية آلاف كيلومتر.'],
    ['sahara-desert', 1, 'تعبر القوافل الصحراء الجزائرية نحو مالي والنيجر.'],
    ['western-sahara', 0, 'يعتزم المكتب الوطني للسياحة في مصر الترويج للصحراء الغربية ولواحات الداخلة والخارجة.'],
    ['western-sahara', 0, 'تنقسم أرض مصر إلى وادي النيل والصحراء الغربية والصحراء الشرقية وشبه جزيرة سيناء.'],
    ['western-sahara', 1, 'جددت واشنطن دعمها لمبادرة الحكم الذاتي في الصحراء الغربية، ورحبت الرباط بالموقف.'],
    // G: the WIPO treaty
    ['treaty-of-friendship-1786', 0, 'انضمت المملكة المغربية إلى معاهدة مراكش، ووفرت مكتبة الرباط كتبا بطريقة برايل.'],
    ['treaty-of-friendship-1786', 0, 'تسمح معاهدة مراكش للمكتبات في المغرب بإعداد كتب مسموعة لمعاقي البصر.'],
    ['treaty-of-friendship-1786', 1, 'وقعت معاهدة مراكش بين المغرب والولايات المتحدة عام 1786.'],
    ['treaty-of-friendship-1786', 1, 'تحتفظ الخزانة بنسخة من معاهدة مراكش الموقعة مع الولايات المتحدة.'],
    // H: the Apache tribe
    ['ah-64-apache', 0, 'جيرونيمو قائد محارب من الأباتشي حارب الجيشين المكسيكي والأمريكي.'],
    ['ah-64-apache', 0, 'حارب الأباتشي الجيش الأمريكي في القرن التاسع عشر دفاعا عن أراضيهم.'],
    ['ah-64-apache', 1, 'تسلم الجيش المغربي أولى مروحيات الأباتشي من الولايات المتحدة.'],
  ])('%s is counted %i time(s) in «%s»', (id, n, text) => {
    expect(count(id, text)).toBe(n);
  });
});

describe('bundled pack: red team 17 shapes in English and French', () => {
  it.each([
    ['ah-64-apache', 0, 'In the nineteenth century the Apache raided settlements and fought the US Army.'],
    ['ah-64-apache', 0, "Au XIXe siècle, les Apache ont résisté pendant des années à l'armée américaine."],
    ['ah-64-apache', 1, 'The Moroccan army received its first Apache helicopters this year.'],
    [
      'ah-64-apache',
      1,
      "Selon l'armée, l'Apache reste l'un des appareils d'attaque les plus puissants du XXIe siècle.",
    ],
    [
      'treaty-of-friendship-1786',
      0,
      'Morocco ratified the Marrakesh Treaty so that libraries can share Braille editions.',
    ],
    ['treaty-of-friendship-1786', 0, 'Le Maroc a ratifié le traité de Marrakech pour les lecteurs malvoyants.'],
    ['treaty-of-friendship-1786', 1, 'The Marrakesh Treaty of 1786 tied Morocco to the United States.'],
    ['treaty-of-friendship-1786', 1, 'Le traité de Marrakech de 1786 lie le Maroc et les États-Unis.'],
    ['sahara-desert', 1, 'Caravans crossed the Algerian Sahara towards Mali.'],
  ])('%s is counted %i time(s) in «%s»', (id, n, text) => {
    expect(count(id, text)).toBe(n);
  });
});
