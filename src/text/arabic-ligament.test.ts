import { describe, expect, it } from 'vitest';
import { homonymCue } from './arabic-shape';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: an injured ligament', () => {
  const ligament = (text: string): boolean => other(text, 'الرباط', ['injury']);

  it('reads a noun of injury or surgery governing it as the ligament', () => {
    expect(ligament('ترفع العودة المتسرعة خطر تمزق الرباط مرة أخرى.')).toBe(true);
    expect(ligament('غاب المدافع شهرين بسبب إصابة الرباط الداخلي.')).toBe(true);
    expect(ligament('أما القطع الكامل للرباط فقد يحتاج إلى تدخل جراحي.')).toBe(true);
    expect(ligament('يحتاج التمزق للرباط إلى راحة.')).toBe(true);
  });

  it('reads an injured participle after it, or a masculine verb whose subject it is, as the ligament', () => {
    expect(ligament('فهل يلتئم الرباط الممزق وحده؟')).toBe(true);
    expect(ligament('أظهر الفحص أن الرباط المتمزق جزئياً يحتاج إلى راحة.')).toBe(true);
    expect(ligament('ويقول الطبيب إن الرباط سيلتئم دون جراحة.')).toBe(true);
  });

  it('reads nothing into the city: a place preposition, a feminine verb, an impersonal verb, a date', () => {
    expect(ligament('عقد الاجتماع في الرباط يوم الخميس.')).toBe(false);
    expect(ligament('قال الوزير إن الرباط ترفض أي تفاوض.')).toBe(false);
    expect(ligament('يرى مراقبون أن الرباط يجب أن تتحرك بسرعة.')).toBe(false);
    expect(ligament('أعلن أن الرباط يوم الاثنين ستستضيف المؤتمر.')).toBe(false);
    expect(ligament('قطعت الرباط علاقاتها مع طهران.')).toBe(false);
    expect(ligament('استقبلت الرباط المبعوث الأمريكي.')).toBe(false);
  });
});

describe('arabicShapeCue: the ligament by its adjective or its tear, decided (red team 17, class A)', () => {
  const torn = (text: string): boolean => other(text, 'الرباط', ['torn']);

  it('reads الصليبي after it, or a tear before في and it, an adjective perhaps between', () => {
    expect(torn('تعرض قائد الدفاع لقطع في الرباط الصليبي خلال الحصة التدريبية.')).toBe(true);
    expect(torn('يعاني الحارس من التواء في الكاحل وتمزق جزئي في الرباط.')).toBe(true);
    expect(torn('تعرض المدافع لتمزق كامل في الرباط وسيغيب ستة أشهر.')).toBe(true);
    expect(torn('أوضح الطبيب أن الالتواء البسيط في الرباط لا يحتاج إلى جراحة.')).toBe(true);
  });

  it('leaves the city its cuts, casualties and prepositions', () => {
    expect(torn('تسبب انقطاع طويل في الرباط في تأخير القطارات.')).toBe(false);
    expect(torn('سجلت إصابات خفيفة في الرباط بسبب الأمطار.')).toBe(false);
    expect(torn('قطع الكهرباء في الرباط دام ساعتين.')).toBe(false);
    expect(torn('سيخضع اللاعب لجراحة بالرباط بعد تمزق الأربطة.')).toBe(false);
    expect(torn('عقد الاجتماع في الرباط يوم الخميس.')).toBe(false);
  });

  it('reads only a tear of the body: its extent between, not a rift nor a road (review 17, R4)', () => {
    expect(torn('أكدت الفحوص وجود تمزق في الرباط وسيغيب اللاعب شهرا.')).toBe(true);
    expect(torn('تعرض المدافع لالتواء بسيط في الرباط خلال الحصة.')).toBe(true);
    expect(torn('تهتك في الرباط أبعد قائد المنتخب عن التدريبات.')).toBe(true);
    expect(torn('تهتك الطرقات في الرباط يثير غضب السكان بعد العاصفة.')).toBe(false);
    expect(torn('تمزق سياسي في الرباط بعد انسحاب حزب من الأغلبية.')).toBe(false);
    expect(torn('تمزق حكومي في الرباط يهدد التحالف.')).toBe(false);
    expect(torn('تمزقات في الرباط بين الأحزاب قبل الانتخابات الجماعية.')).toBe(false);
  });

  it('casts no vote against the city, as the other ligament cue', () => {
    expect(homonymCue('torn')).toBe(true);
  });
});

describe('arabicShapeCue: the bandage (ar-lex23-052)', () => {
  const bandage = (text: string): boolean => other(text, 'الرباط', ['bandage']);

  it('reads a verb of wrapping or loosening before it, or a bandage’s state after it, as the bandage', () => {
    expect(bandage('متى أستعمل الرباط الضاغط بعد التواء الكاحل؟')).toBe(true);
    expect(bandage('لف الرباط من الأصابع نحو الساق بضغط معتدل.')).toBe(true);
    expect(bandage('إذا ازرقت الأصابع فالرباط مشدود أكثر من اللازم.')).toBe(true);
    expect(bandage('إذا تورمت القدم فك الرباط فورا.')).toBe(true);
  });

  it('reads nothing into the city: a feminine verb or state, a preposition between', () => {
    expect(bandage('لفت الرباط الأنظار بمشروعها الجديد.')).toBe(false);
    expect(bandage('تبدو الرباط مشدودة إلى نتائج القمة.')).toBe(false);
    expect(bandage('فك الحصار عن الرباط بعد افتتاح الطريق.')).toBe(false);
    expect(bandage('وفي الرباط الضاغطون من أجل الإصلاح كثر.')).toBe(false);
    expect(homonymCue('bandage')).toBe(true);
  });

  it('reads no bandage without a body part or care in its paragraph, nor the verb of ruling (rev23c)', () => {
    expect(bandage('يلف الرباط هدوء حذر قبيل زيارة وزير الدفاع الأمريكي.')).toBe(false);
    expect(bandage('لف الرباط والدار البيضاء ضباب كثيف صباح اليوم.')).toBe(false);
    expect(bandage('من يحكم الرباط بعد الانتخابات الجماعية المقبلة؟')).toBe(false);
    expect(bandage('رحبت واشنطن بموقف الرباط المرن في المفاوضات.')).toBe(false);
    expect(bandage('أشاد الوفد بأداء لوبي الرباط الضاغط في الكونغرس.')).toBe(false);
    expect(bandage('ظل اهتمام الرباط مشدودا إلى واشنطن طوال الأسبوع.')).toBe(false);
    expect(bandage('ينصح الطبيب بلف الرباط الضاغط حول الكاحل.')).toBe(true);
    expect(bandage('عيادة الطب الرياضي: ننصح بفك الرباط كل ساعتين.')).toBe(true);
  });
});
