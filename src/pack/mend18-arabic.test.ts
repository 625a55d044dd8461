/**
 * mend18ar: the Arabic regressions review 18 found after fix18-ar, each a sentence of the review beside the
 * story sentence the mend must keep.
 * - الصحراء الغربية alone: Egypt's, Iraq's, Libya's or another country's western desert, or the WWII
 *   campaign's, named in the sentence (pack vetoes; Egypt's adjective: arabic-neighbours.ts oasis), by a
 *   لـ genitive of the country (arabic-shape.ts relative, decisive), or on the page (Egypt's places as
 *   other senses: the vote that withdraws it).
 * - أفريكا كوربس: vetoed by phrases of the WWII era, not by bare adjectives (الألمانية، العالمية، المحور).
 * - أباتشي: vetoed by web hosting phrases, not by استضافة (hosting an exercise).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

const ws = (...blocks: string[]): number => count('western-sahara', ...blocks);
const ac = (...blocks: string[]): number => count('africa-corps', ...blocks);
const apache = (...blocks: string[]): number => count('ah-64-apache', ...blocks);

describe("bundled pack: الصحراء الغربية alone is not another country's western desert", () => {
  it("leaves Egypt's desert named by its places or its adjective in the sentence", () => {
    expect(ws('الواحات البحرية والداخلة والخارجة: دليل السفر إلى الصحراء الغربية')).toBe(0);
    expect(ws('ضبط عصابة تهريب أسلحة عبر الحدود الليبية في الصحراء الغربية، بحسب المتحدث العسكري المصري.')).toBe(0);
    expect(ws('منخفض القطارة أحد أعمق المنخفضات في الصحراء الغربية.')).toBe(0);
    expect(ws('القمح في توشكى وشرق العوينات: زراعة الصحراء الغربية تتوسع')).toBe(0);
    expect(ws('الجيش المصري يجري مناورات في المنطقة الغربية العسكرية والصحراء الغربية')).toBe(0);
    expect(ws('هيئة المساحة الجيولوجية المصرية: خام الفوسفات في أبو طرطور بالصحراء الغربية')).toBe(0);
    expect(ws('تعرضت الصحراء الغربية لسيول نادرة الأسبوع الماضي، وتضررت طرق الوادي الجديد.')).toBe(0);
    expect(ws('تحطم طائرة تدريب عسكرية مصرية في الصحراء الغربية ونجاة الطيار.')).toBe(0);
    expect(ws('الأرصاد المصرية: طقس حار نهارا على الصحراء الغربية والصعيد')).toBe(0);
    expect(ws('مقتل عناصر إرهابية في اشتباك بالصحراء الغربية، وفق بيان وزارة الداخلية المصرية.')).toBe(0);
    expect(ws('يمتد طريق الكريمات إلى الصحراء الغربية عبر محافظة الجيزة.')).toBe(0);
    expect(ws('محافظ الوادي الجديد يفتتح مدرسة في الصحراء الغربية.')).toBe(0);
  });

  it("leaves Iraq's, Libya's, another country's own west and the WWII campaign", () => {
    expect(ws('الحشد الشعبي: تطهير الصحراء الغربية من خلايا داعش قرب الحدود السورية')).toBe(0);
    expect(ws('تعد الصحراء الغربية في العراق امتدادا لبادية الشام.')).toBe(0);
    expect(ws('العمليات المشتركة العراقية: مقتل ثلاثة إرهابيين في الصحراء الغربية')).toBe(0);
    expect(ws('الجيش الليبي يؤمن الحقول النفطية في الصحراء الغربية قرب غدامس')).toBe(0);
    expect(ws('تنتشر مزارع الطاقة الشمسية في الصحراء الغربية للولايات المتحدة، مثل صحراء موهافي.')).toBe(0);
    expect(ws('تشهد الصحراء الغربية للسعودية هطول أمطار غزيرة.')).toBe(0);
    expect(ws('ثعلب الصحراء وأفريكا كوربس: قصة الحملة الألمانية في الصحراء الغربية')).toBe(0);
  });

  it("withdraws the bare name on a page naming Egypt's places in another block", () => {
    expect(ws('سيوة', 'الصحراء الغربية مكان رائع للتأمل بعيدا عن زحام القاهرة.')).toBe(0);
    expect(ws('محافظة الوادي الجديد', 'بدأت أعمال تمهيد طريق جديد في الصحراء الغربية.')).toBe(0);
    expect(ws('مطروح: انطلاق مهرجان التمور', 'يشارك مزارعو الصحراء الغربية بأكثر من مئة صنف.')).toBe(0);
  });

  it('keeps the territory in story sentences and a page of news beside a trip', () => {
    expect(ws('مجلس الأمن يمدد ولاية البعثة في الصحراء الغربية عاما إضافيا')).toBe(1);
    expect(ws('تراجع عدد اللاجئين المسجلين من الصحراء الغربية في المخيمات.')).toBe(1);
    expect(ws('صورة: طريق ساحلي يربط مدن الصحراء الغربية بموريتانيا')).toBe(1);
    expect(ws('أصدرت المحكمة الأوروبية حكما يتعلق بمنتجات الصحراء الغربية الزراعية.')).toBe(1);
    expect(ws('اكتشف الجيولوجيون صخورا نيزكية في الصحراء الغربية قرب السمارة.')).toBe(1);
    expect(ws('الأرصاد: موجة حر تضرب شمال موريتانيا والصحراء الغربية')).toBe(1);
    expect(ws('رحلة إلى الواحات البحرية', 'وفي الأخبار: مجلس الأمن يناقش الصحراء الغربية')).toBe(1);
  });
});

describe('bundled pack: أفريكا كوربس vetoed by the WWII era, not by bare adjectives', () => {
  it('keeps the Russian corps beside German, Italian, world or axis words of today', () => {
    expect(ac('التقى مسؤولون من أفريكا كوربس بوفد من الجيش الألماني في مالي لبحث الانسحاب الأوروبي.')).toBe(1);
    expect(ac('أفريكا كوربس في ليبيا: تنسيق روسي مع حفتر بعد انسحاب الشركاء الإيطاليين من المنطقة')).toBe(1);
    expect(ac('ذكرت وكالة الأنباء الألمانية أن عناصر أفريكا كوربس وصلوا إلى باماكو.')).toBe(1);
    expect(ac('نقلت وسائل الإعلام العالمية صورا لعناصر أفريكا كوربس في مالي.')).toBe(1);
    expect(ac('تقدمت قوات أفريكا كوربس والجيش المالي على المحور الرابط بين غاو وكيدال.')).toBe(1);
    expect(ac('منظمة الصحة العالمية تحذر من تفشي الكوليرا قرب مواقع أفريكا كوربس في مالي.')).toBe(1);
    expect(ac('قالت الحكومة الألمانية إن أفريكا كوربس يوسع نفوذ روسيا في الساحل.')).toBe(1);
  });

  it('keeps the Russian mention of a sentence naming both eras', () => {
    expect(
      ac('في 1941 قاد روميل أفريكا كوربس في ليبيا، واليوم يحمل أفريكا كوربس الروسي الاسم نفسه في ليبيا ومالي.'),
    ).toBe(1);
  });

  it("vetoes Rommel's corps by the war, its battles, its names and years", () => {
    expect(ac('أفريكا كوربس بقيادة روميل يحاصر طبرق')).toBe(0);
    expect(ac('كتاب جديد عن معارك أفريكا كوربس في الصحراء الليبية خلال الحرب العالمية الثانية')).toBe(0);
    expect(ac('استسلمت آخر وحدات أفريكا كوربس في تونس في مايو 1943.')).toBe(0);
    expect(ac('متحف العلمين يعرض خوذا وأسلحة من أفريكا كوربس.')).toBe(0);
    expect(ac('وصل أفريكا كوربس إلى ليبيا في فبراير 1941 لدعم القوات الإيطالية.')).toBe(0);
    expect(ac('ثعلب الصحراء وأفريكا كوربس: قصة الحملة الألمانية في الصحراء الغربية')).toBe(0);
    expect(ac('أسرى أفريكا كوربس في معسكرات أمريكا خلال الحرب العالمية الثانية')).toBe(0);
  });
});

describe('bundled pack: أباتشي vetoed by web hosting, not by hosting an exercise', () => {
  it('keeps the helicopter of an exercise the kingdom hosts', () => {
    expect(apache('تزامنت استضافة المغرب لمناورات الأسد الأفريقي مع أول ظهور علني لأباتشي المغربية.')).toBe(1);
    expect(apache('أعلنت القوات المسلحة الملكية عن استضافة تمرين جوي تشارك فيه أباتشي.')).toBe(1);
  });

  it('vetoes the web server beside hosting phrases', () => {
    expect(apache('أفضل استضافة مواقع في المغرب تعمل على أباتشي بأسعار مناسبة')).toBe(0);
    expect(apache('الاستضافة السحابية في المغرب: أباتشي أم لايت سبيد؟')).toBe(0);
  });
});
