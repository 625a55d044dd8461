/**
 * mend20b: the regressions two reviews found in fix20b's rules, in the bundled pack.
 * - The Kremlin as a site: its own verb, whatever the verb, makes it the government (seat-verb.ts); the
 *   Arabic sight words that are also idioms need a second sight word (city-signs.ts); the Moscow Kremlin
 *   is one name, decided by its verb.
 * - A lone surname with its office opening the next sentence: only a speaker, no namesake (office-cues.ts).
 * - Apache scouts: the singular scout and « éclaireur » are the helicopter's role; scout teams are crews.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('the Kremlin acting near its walls (rev20benfr class 1)', () => {
  it('is the government by its own verb, past an aside or an auxiliary', () => {
    for (const text of [
      'Behind its walls, the Kremlin stated it would keep instructors in Mali.',
      'Behind its walls, the Kremlin told Bamako it would keep instructors in Mali.',
      'Asked about Moroccan visitors, the Kremlin confirmed a new direct flight to Casablanca.',
      'The Kremlin, whose red walls and towers face Red Square, warned Rabat against hosting American troops.',
      'The Kremlin, the fortress where Russian power sits, backs the junta in Niger.',
      'Behind its walls the Kremlin, as usual, kept silent, then quietly approved the arms sale to Algiers.',
      'Behind the Kremlin walls, advisers to the president reportedly decided to send Wagner fighters to Mali.',
      'The Kremlin has rebuilt its ties with Algiers, officials in Rabat said.',
      "The Kremlin's fortress economy has weathered the war in Ukraine.",
      "Derrière ses murailles, le Kremlin a fait savoir qu'il resterait au Mali.",
      'Derrière ses murailles, le Kremlin a démenti tout départ de Wagner du Mali.',
      'Le Kremlin, dont les murailles rouges dominent la Moskova, a longtemps soutenu les juntes du Sahel.',
      'The Moscow Kremlin announced new sanctions on Western diplomats on Friday.',
      'Le Kremlin de Moscou a annoncé des sanctions contre Washington.',
    ])
      expect(count('russia', text), text).toBe(1);
  });

  it('stays the building where it is described, visited or named with its city', () => {
    for (const text of [
      'Visitors to the Kremlin can buy tickets online for the Armoury and the cathedrals.',
      'The Kremlin walls were lit in red, white and blue for the holiday.',
      'The Kremlin was rebuilt in brick in the 1490s by Italian architects.',
      'The Moscow Kremlin is a UNESCO World Heritage Site with twenty towers.',
      "Les billets pour le Kremlin de Moscou s'achètent en ligne.",
      'Les remparts du Kremlin ont été rebâtis en briques au XVe siècle.',
      'Au Kremlin, derrière les remparts, Poutine a reçu le président algérien.',
      'Visitors to the Moscow Kremlin should leave bags at the cloakroom below Kutafya Tower.',
    ])
      expect(count('russia', text), text).toBe(0);
  });
});

describe('the Kremlin in Arabic idioms (rev20bar class 1)', () => {
  it('keeps the government where a sight word is an idiom or a figure', () => {
    for (const text of [
      'كان رئيس المجلس العسكري في مالي من أبرز زوار الكرملين هذا العام.',
      'يكشف التقرير قصور الكرملين في تقدير قوة الجيش الأوكراني.',
      'صراع الأبراج داخل الكرملين يتصاعد بعد تمرد فاغنر.',
      'خلف أسوار الكرملين تطبخ القرارات التي تحدد مصير فاغنر في إفريقيا.',
      'الكرملين حصن السلطة الروسية، ومنه تدار عمليات فيلق إفريقيا في الساحل.',
      'بات الكرملين قلعة معزولة منذ بدء الحرب، لكن شركاءه الأفارقة لم يبتعدوا.',
      'كرملين موسكو يرد على واشنطن: لن نسحب قواتنا من مالي.',
    ])
      expect(count('russia', text), text).toBe(1);
  });

  it('reads the fortress where a second sight word or a building sign backs the weak one', () => {
    for (const text of [
      'يبلغ طول أسوار الكرملين نحو كيلومترين، وتعلوها عشرون برجا.',
      'أبراج الكرملين الحمراء شيدت في القرن الخامس عشر بأيدي معماريين إيطاليين.',
      'قصور الكرملين وكاتدرائياته مفتوحة للزوار كل يوم عدا الخميس.',
      'زوار الكرملين يمكنهم رؤية مدفع القيصر وجرس القيصر.',
      'وصلنا إلى قلعة الكرملين مع الدليل السياحي بعد الظهر.',
      'ويقع مكتب الرئيس داخل أسوار الكرملين منذ عقود.',
      'كرملين موسكو قلعة تاريخية مدرجة في قائمة التراث العالمي لليونسكو.',
      'نصائح للسفر شتاءً: الساحة الحمراء ومحيط الكرملين يبدوان في أجمل حالاتهما تحت الثلج.',
    ])
      expect(count('russia', text), text).toBe(0);
  });
});

describe('a lone surname and the office opening the next sentence (class 2)', () => {
  it('takes up a speaker', () => {
    expect(
      count('michael-langley', "Langley a répondu aux questions. Le commandant de l'Africom a ajouté un mot."),
    ).toBe(1);
    expect(
      count(
        'mark-milley',
        'قال ميلي إن الحرب في أوكرانيا لن تحسم قريبا. وأضاف رئيس هيئة الأركان المشتركة أن الدعم مستمر.',
      ),
    ).toBe(1);
  });

  it('not a namesake, another title, the common noun ميلي or Milei', () => {
    for (const [id, text] of [
      ['michael-langley', 'Mayor Langley told the council the road would be repaved. The AFRICOM commander said so.'],
      ['michael-langley', 'Langley won the Canadian junior hockey title. The AFRICOM commander said he watched it.'],
      ['mark-milley', 'قال ميلي إن الأرجنتين ستخفض الإنفاق العام. وأضاف رئيس هيئة الأركان المشتركة أن الجيش جاهز.'],
      [
        'mark-milley',
        'صرح الرئيس الأرجنتيني ميلي بأن بلاده ستشتري مقاتلات. وأضاف رئيس هيئة الأركان المشتركة أن الصفقة مهمة.',
      ],
      ['mark-milley', 'قال ميلي إن الاقتصاد يتعافى. وقال رئيس هيئة الأركان المشتركة الجنرال براون إن القوات جاهزة.'],
      ['mark-milley', 'لا أخفي ميلي إلى الحل الدبلوماسي. وقال رئيس هيئة الأركان المشتركة إن الخيار العسكري مطروح.'],
      ['mark-milley', 'يميل الشباب إلى ميلي في الانتخابات. وقال رئيس هيئة الأركان المشتركة إن الجيش يبقى محايدا.'],
    ] as const)
      expect(count(id, text), text).toBe(0);
  });
});

describe('Apache scouts (class 3)', () => {
  it('keeps the helicopter in its scout role', () => {
    expect(
      count('ah-64-apache', 'The Apache scout weapons team flew ahead of the Moroccan convoy during African Lion.'),
    ).toBe(1);
    expect(
      count('ah-64-apache', 'Apache scout teams of the Moroccan army flew along the berm during African Lion.'),
    ).toBe(1);
    expect(count('ah-64-apache', 'Moroccan Apaches scout the border ahead of FAR patrols.')).toBe(1);
    expect(
      count('ah-64-apache', "Lors d'African Lion, un Apache éclaireur a ouvert la voie aux blindés marocains."),
    ).toBe(1);
  });

  it('still reads the scouts of the 1880s as people', () => {
    expect(count('ah-64-apache', 'Apache scouts led the army columns into the Sierra Madre in the 1880s.')).toBe(0);
    expect(count('ah-64-apache', "Les éclaireurs apaches guidaient les colonnes de l'armée.")).toBe(0);
    expect(count('ah-64-apache', "Les Apaches éclaireurs de l'armée américaine furent déportés.")).toBe(0);
  });
});
