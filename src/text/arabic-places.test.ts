import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: a plural adjective on a one-country name', () => {
  const algeria = (text: string): boolean => other(text, 'الجزائر', ['plural']);

  it('reads a quantifier or a reciprocal participle as the islands', () => {
    expect(algeria('مرت السفن بين الجزائر الكثيرة في ذلك البحر.')).toBe(true);
    expect(algeria('وصف الرحالة الجزائر المتقاربة قرب الساحل.')).toBe(true);
  });

  it('reads nothing into a singular adjective, a verb or a comma', () => {
    expect(algeria('تسعى الجزائر الجديدة إلى تنويع اقتصادها.')).toBe(false);
    expect(algeria('أعلنت الجزائر التعبئة العامة للمنتخب.')).toBe(false);
    expect(algeria('زار الوزير الجزائر، المتعددة اللغات والثقافات.')).toBe(false);
    expect(algeria('وقعت الجزائر الاتفاقيات الثلاث مع جارتها.')).toBe(false);
    expect(algeria('اشترت الجزائر الطائرات من موسكو.')).toBe(false);
  });
});

describe('arabicShapeCue: the Maghreb, of which the country is one', () => {
  const region = (text: string): boolean => other(text, 'المغرب', ['maghreb']);

  it('reads a plural of country governing it, or the east coordinated after it, as the region', () => {
    expect(region('تواجه دول المغرب والساحل تهديدات مشتركة.')).toBe(true);
    expect(region('ستبقى بلدان المغرب ممراً للهجرة.')).toBe(true);
    expect(region('اجتمع أدباء من أقطار المغرب والمشرق.')).toBe(true);
    expect(region('تبادل المغرب والمشرق العلماء قروناً.')).toBe(true);
  });

  it('reads nothing into a singular noun, a proclitic, a country after it or a comma', () => {
    expect(region('قالت دولة المغرب إنها ترحب بالمبادرة.')).toBe(false);
    expect(region('قالت دول الساحل إنها ترحب بمبادرة المغرب.')).toBe(false);
    expect(region('وقعت عدة دول والمغرب الاتفاق.')).toBe(false);
    expect(region('تدهورت العلاقات بين المغرب والجزائر.')).toBe(false);
    expect(region('زار الوفد المغرب، والمشرق بعده.')).toBe(false);
  });
});

describe('arabicShapeCue: the capital named like its country', () => {
  const city = (text: string): boolean => other(text, 'الجزائر', ['capital']);

  it('reads العاصمة right after the name, or مدينة governing it, as the city', () => {
    expect(city('انعقد الاجتماع في الجزائر العاصمة بحضور الوزراء.')).toBe(true);
    expect(city('غمرت الأمطار أحياء في مدينة الجزائر.')).toBe(true);
  });

  it('reads nothing into the country, another word after it, or a comma before العاصمة', () => {
    expect(city('قالت الجزائر إنها ترفض أي وجود عسكري أجنبي.')).toBe(false);
    expect(city('استدعت الجزائر سفيرها للتشاور.')).toBe(false);
    expect(city('زار الوفد الجزائر، العاصمة أولاً ثم وهران.')).toBe(false);
    expect(city('قالت دولة الجزائر إنها ستشارك.')).toBe(false);
  });
});

describe('arabicShapeCue: a part of a continent', () => {
  const america = (text: string): boolean => other(text, 'أمريكا', ['region']);

  it('reads a compass or culture adjective after the name as the continent', () => {
    expect(america('ارتفعت الصادرات إلى أمريكا الجنوبية هذا العام.')).toBe(true);
    expect(america('تضم أمريكا الوسطى سبع دول صغيرة.')).toBe(true);
    expect(america('زار الوزير عواصم أمريكا اللاتينية.')).toBe(true);
  });

  it('reads a native-peoples adjective after the name as the continent', () => {
    expect(america('شعوب أمريكا الأصلية: الأباتشي والنافاهو.')).toBe(true);
    expect(america('عرف سكان أمريكا الأصليون زراعة الذرة.')).toBe(true);
    expect(america('عن لغات سكان أمريكا الأصليين.')).toBe(true);
  });

  it('reads nothing into the country with a verb, an object or a comma after it', () => {
    expect(america('أعلنت أمريكا الشراكة الجديدة مع الرباط.')).toBe(false);
    expect(america('وقع المغرب وأمريكا معاهدة صداقة.')).toBe(false);
    expect(america('ترى أمريكا، الشمالية موقعاً، أن…')).toBe(false);
  });
});

describe('arabicShapeCue: a compass-named region of another place', () => {
  const west = (text: string): boolean => other(text, 'الصحراء الغربية', ['relative']);
  const south = (text: string): boolean => other(text, 'الأقاليم الجنوبية', ['relative']);

  it('reads a لـ genitive of an administrative unit after it as a plain description', () => {
    expect(west('أطلق الجيش عملية لتطهير الصحراء الغربية لمحافظة الأنبار من المسلحين.')).toBe(true);
    expect(south('ضربت الفيضانات الأقاليم الجنوبية لولاية كيرالا هذا الأسبوع.')).toBe(true);
    expect(west('تمتد الصحراء الغربية لجمهورية مصر حتى الحدود الليبية.')).toBe(true);
  });

  it("reads a لـ genitive of another country, not of the conflict's parties (mend18ar)", () => {
    expect(west('تنتشر مزارع الطاقة الشمسية في الصحراء الغربية للولايات المتحدة، مثل صحراء موهافي.')).toBe(true);
    expect(west('تشهد الصحراء الغربية للسعودية هطول أمطار غزيرة.')).toBe(true);
    expect(west('تعد الصحراء الغربية لمصر أكبر صحاريها.')).toBe(true);
    expect(west('تنازلت إسبانيا عن الصحراء الغربية للمغرب وموريتانيا عام 1975.')).toBe(false);
    expect(west('سلمت إسبانيا إدارة الصحراء الغربية لموريتانيا والمغرب.')).toBe(false);
    expect(west('يطالب المغرب بإعادة الصحراء الغربية للوطن الأم.')).toBe(false);
  });

  it('reads من and an administrative unit after it as a part of that unit', () => {
    expect(west('تثير الرياح غبارا عالقا في الصحراء الغربية من الدولة.')).toBe(true);
    expect(west('ترتفع الحرارة في الصحراء الغربية من البلاد.')).toBe(true);
    expect(west('انسحبت القوات الإسبانية من الصحراء الغربية من دون استفتاء.')).toBe(false);
    expect(west('عاد المبعوث من الصحراء الغربية من جديد.')).toBe(false);
  });

  it("reads nothing into the kingdom's own, a purpose clause, a verb or a comma", () => {
    expect(south('زار الوزير الأقاليم الجنوبية للمملكة لتدشين مشاريع جديدة.')).toBe(false);
    expect(south('توجه الوفد إلى الأقاليم الجنوبية لتفقد المشاريع.')).toBe(false);
    expect(west('عيّن الأمين العام مبعوثاً إلى الصحراء الغربية لمواصلة المفاوضات.')).toBe(false);
    expect(west('تطالب الجبهة باستفتاء في الصحراء الغربية، لمحافظة على وقف إطلاق النار.')).toBe(false);
    expect(west('الصحراء الغربية لم تحسم بعد.')).toBe(false);
  });
});

describe('arabicShapeCue: another desert named by its colour or side', () => {
  const desert = (text: string): boolean => other(text, 'الصحراء', ['namedDesert']);

  it('reads a colour or a side after the name as another desert', () => {
    expect(desert('تشتهر الصحراء البيضاء بصخورها الطباشيرية قرب الفرافرة.')).toBe(true);
    expect(desert('تقع الصحراء الشرقية بين وادي النيل والبحر الأحمر.')).toBe(true);
    expect(desert('تمتد الصحراء العربية على معظم شبه الجزيرة.')).toBe(true);
  });

  it('reads nothing into the Sahara with a verb, a country or a comma after it', () => {
    expect(desert('تعبر القوافل الصحراء الكبرى منذ قرون.')).toBe(false);
    expect(desert('توغل الرالي في الصحراء نحو موريتانيا.')).toBe(false);
    expect(desert('تقع المخيمات في قلب الصحراء الجزائرية.')).toBe(false);
    expect(desert('عبروا الصحراء، الشرقية منها والغربية.')).toBe(false);
  });
});

describe('arabicShapeCue: a coast named by its side or sea', () => {
  const coast = (text: string, word = 'الساحل'): boolean => other(text, word, ['namedCoast']);

  it('reads a side or a sea after the name as a coast', () => {
    expect(coast('تقدم منطقة الساحل الشمالي كل ما يلزم للرياضات المائية.', 'منطقة الساحل')).toBe(true);
    expect(coast('دفعت القوات بتعزيزات إلى جبهة الساحل الغربي جنوب الحديدة.')).toBe(true);
    expect(coast('حذرت الأرصاد من أمواج عالية على الساحل الأطلسي.')).toBe(true);
    expect(coast('شملت التدريبات إخلاء مصابين من الساحل البحري إلى سفينة.')).toBe(true);
    expect(coast('قالت القوات إن الساحل المغربي يحتاج إلى رادارات جديدة.')).toBe(true);
  });

  it("reads nothing into the Sahel's own qualifiers, a verb or a comma", () => {
    expect(coast('تتوسع الجماعات المسلحة في الساحل الأوسط منذ سنوات.')).toBe(false);
    expect(coast('تشهد منطقة الساحل الإفريقي انقلابات متتالية.', 'منطقة الساحل')).toBe(false);
    expect(coast('يعاني الساحل الجفاف منذ عقود.')).toBe(false);
    expect(coast('انسحبت القوات من الساحل، الغربي منه والأوسط.')).toBe(false);
  });
});

describe('arabicShapeCue: a coast as a line one lies along or off', () => {
  const line = (text: string): boolean => other(text, 'الساحل', ['coastline']);

  it('reads a noun of lying along or off a line before the name, with its proclitics, as a coast', () => {
    expect(line('تسير الزوارق دوريات على طول الساحل بين أكادير والداخلة.')).toBe(true);
    expect(line('تمتد الكثبان على امتداد الساحل جنوب طرفاية.')).toBe(true);
    expect(line('ستعزز الصفقة المراقبة قبالة الساحل.')).toBe(true);
    expect(line('تسير الطريق بمحاذاة الساحل مئات الكيلومترات.')).toBe(true);
  });

  it('reads nothing into the region after a preposition or a noun of a region, or a proclitic on the name', () => {
    expect(line('ركزت واشنطن على الساحل بعد موجة الانقلابات.')).toBe(false);
    expect(line('تتمدد الجماعات في وسط الساحل نحو الجنوب.')).toBe(false);
    expect(line('تنشط الجماعات في عمق الساحل بعيداً عن العواصم.')).toBe(false);
    expect(line('على طول الحدود وبالساحل انتشرت القوات.')).toBe(false);
  });
});

describe('arabicShapeCue: a capital governed by a noun of its streets, people or services', () => {
  const moscow = (text: string): boolean => other(text, 'موسكو', ['cityPart']);

  it('reads a noun of the city before the name, with its conjunction or preposition, as the city', () => {
    expect(moscow('غطت الثلوج شوارع موسكو صباح الأحد.')).toBe(true);
    expect(moscow('احتفل سكان موسكو بعيد المدينة.')).toBe(true);
    expect(moscow('ارتفعت الأسعار في ضواحي موسكو.')).toBe(true);
    expect(moscow('وصل الوفد إلى مطار موسكو الدولي.')).toBe(true);
    expect(moscow('قال الخبير لسكان موسكو إن البرد سيشتد.')).toBe(true);
    expect(moscow('وفي وسط موسكو أغلقت المحلات.')).toBe(true);
    expect(moscow('كان أولمبياد موسكو عام 1980 موضع مقاطعة غربية.')).toBe(true);
    expect(moscow('ركض آلاف المشاركين في ماراثون موسكو رغم البرد.')).toBe(true);
  });

  it('reads nothing into a government noun, a verb, a proclitic on the name or a comma', () => {
    expect(moscow('يثير نفوذ موسكو في الساحل قلق الغرب.')).toBe(false);
    expect(moscow('ردت موسكو على الانتقادات.')).toBe(false);
    expect(moscow('وقعت مالي اتفاقاً مع موسكو.')).toBe(false);
    expect(moscow('تتحدث الشوارع، وموسكو صامتة.')).toBe(false);
    expect(moscow('قال السكان، موسكو لا ترد.')).toBe(false);
    expect(moscow('انتشرت الشرطة بموسكو.')).toBe(false);
    expect(moscow('لا تنطلي ألعاب موسكو السياسية على أحد.')).toBe(false); // its games: the government
  });
});

describe("arabicShapeCue: Egypt's deserts named together by their sides (red team 17, class F)", () => {
  const sides = (text: string): boolean => other(text, 'الصحراء الغربية', ['sides']);

  it('reads a sister desert named by a side, after or before it', () => {
    expect(sides('تنقسم أرض مصر إلى وادي النيل والصحراء الغربية والصحراء الشرقية وشبه جزيرة سيناء.')).toBe(true);
    expect(sides('تمتد الصحراء الشرقية والصحراء الغربية على جانبي الوادي.')).toBe(true);
  });

  it('leaves Western Sahara with its towns and its conflict', () => {
    expect(sides('زار المبعوث الأممي مخيمات تندوف ثم الصحراء الغربية والعيون.')).toBe(false);
    expect(sides('جددت واشنطن دعمها للحكم الذاتي في الصحراء الغربية والسيادة المغربية.')).toBe(false);
    expect(sides('نزاع الصحراء الغربية والصحراء المغربية في الصحف.')).toBe(false);
  });
});

describe('arabicShapeCue: a town’s council or the town governing a capital (ar-lex23-079)', () => {
  const city = (text: string): boolean => other(text, 'موسكو', ['cityPart']);

  it('reads a council or the town governing the name as the town', () => {
    expect(city('مجلس موسكو يقر ميزانية العام المقبل بالإجماع.')).toBe(true);
    expect(city('قالت بلدة موسكو في أيداهو إن المكتبة ستغلق يوم الأحد.')).toBe(true);
  });

  it('reads no town where a council is the subject and the capital another word', () => {
    expect(city('رحب مجلس الدوما بقرار موسكو تعليق المعاهدة.')).toBe(false);
    expect(city('أبلغت موسكو مجلس الأمن أنها لن تقبل بالعقوبات.')).toBe(false);
  });

  it('reads a state’s council, with ل and its field after the capital, as no town (rev23c)', () => {
    expect(other('اتهم مجلس واشنطن للأمن القومي موسكو بالتوسع.', 'واشنطن', ['cityPart'])).toBe(false);
    expect(other('صوت مجلس واشنطن على ميزانية المدارس.', 'واشنطن', ['cityPart'])).toBe(true);
  });
});
