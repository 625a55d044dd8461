/**
 * Other senses of the fourth blind sample (eval dev `*-blind15-*`) and the passages that generalise
 * them (`*-fix15-*`): clubs named like the story's army and region, software named like the helicopter,
 * the United States as an institution's modifier, and المغرب the country beside المغرب العربي the region
 * or the prayer. Each other sense is left alone and the story sense next to it still found: a removed
 * veto or shape fails here.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** The entities counted on a page of `blocks`, read as one text and decided as the scan CLI does. */
const counted = (...blocks: string[]): string[] =>
  decidePage(matcher.find(blocks.join('\n\n'), createPageState()), (_m, entityId) => entityId);
const count = (id: string, ...blocks: string[]): number => counted(...blocks).filter((x) => x === id).length;

describe('bundled pack: a club named like the army or the region', () => {
  it('leaves AS FAR the club alone: a derby, a cup round, a shoot-out (fr-blind15-005)', () => {
    expect(count('far-morocco', 'Derby de Rabat : les FAR corrigent le FUS (4-2) au complexe Moulay El Hassan.')).toBe(
      0,
    );
    expect(count('far-morocco', 'Coupe du Trône : les FAR éliminées aux tirs au but en quart de finale.')).toBe(0);
    expect(
      count('far-morocco', 'Les FAR et l’armée américaine ont clôturé l’exercice African Lion près de Tan-Tan.'),
    ).toBe(1);
  });

  it('leaves the Kuwaiti club الساحل alone, and keeps the region in the story ticker (ar-blind15-065)', () => {
    const page = [
      '«الساحل» يتأهل إلى ربع نهائي كأس ولي العهد',
      'حجز «الساحل» مقعده في الدور ربع النهائي بعد فوزه على التضامن بهدفين مقابل هدف.',
      'وقال مدرب «الساحل» عقب اللقاء إن فريقه يحتاج إلى مزيد من الانسجام.',
      'أخبار ذات صلة:',
      'مقتل عشرات الجنود في هجوم على قاعدة عسكرية في «منطقة الساحل» الإفريقي',
      'روسيا تعزز وجودها العسكري في مالي عبر الفيلق الأفريقي',
    ];
    expect(count('sahel', ...page)).toBe(1);
    expect(count('sahel', 'الساحل يفوز على كاظمة بهدفين نظيفين في الدوري الكويتي.')).toBe(0);
    expect(count('sahel', 'تتزايد هجمات الجماعات المسلحة في الساحل منذ انسحاب القوات الفرنسية من مالي.')).toBe(1);
  });
});

describe('bundled pack: the Sahel and the Marines on an AFRICOM page (ar-blind15-063)', () => {
  it('counts الساحل beside the West’s influence, not a coast named by its sea', () => {
    const text =
      'ويرث أندرسون ملفات ثقيلة، أبرزها تراجع النفوذ الغربي في الساحل بعد انسحاب القوات الأمريكية من النيجر.';
    expect(count('sahel', text)).toBe(1);
    expect(count('sahel', 'حذر قائد أفريكوم من أن الصين تسعى إلى إقامة قاعدة بحرية على الساحل الأطلسي لإفريقيا.')).toBe(
      0,
    );
    expect(count('sahel', 'تقع المدينة على الساحل الغربي للبلاد.')).toBe(0);
  });

  it('counts مشاة البحرية near an American word, not another country’s nor one with none', () => {
    const page = [
      'سلّم الجنرال مايكل لانجلي قيادة القيادة الأمريكية في إفريقيا إلى الجنرال داغفين أندرسون.',
      'وكان لانجلي، وهو ضابط في مشاة البحرية، قد قاد القيادة منذ أغسطس 2022.',
    ];
    expect(count('us-marine-corps', ...page)).toBe(1);
    expect(count('us-marine-corps', 'أجرت مشاة البحرية الروسية مناورات قرب طرطوس، بحسب واشنطن.')).toBe(0);
    expect(count('us-marine-corps', 'تخرج الضابط في مشاة البحرية عام 1990 ثم التحق بالاستخبارات.')).toBe(0);
  });
});

describe('bundled pack: the web server named like the helicopter', () => {
  it('leaves « le service Apache » alone and keeps the helicopters on the same page (fr-blind15-056)', () => {
    const page = [
      'Sujet : le service Apache redémarre tout seul',
      'Hors-sujet : les hélicoptères Apache livrés au Maroc n’ont rien à voir avec ce logiciel.',
    ];
    expect(count('ah-64-apache', ...page)).toBe(1);
    expect(count('ah-64-apache', 'Depuis la mise à jour, le service Apache s’arrête vers 3 h du matin.')).toBe(0);
  });
});

describe('bundled pack: the United States as a modifier', () => {
  it('counts no country in "the United States Army", and the noun next to it (en-blind15-007)', () => {
    expect(count('united-states', 'Geronimo’s Chiricahua band surrendered to the United States Army in 1886.')).toBe(0);
    expect(count('united-states', 'The United States Navy destroyer made a port call in Casablanca.')).toBe(0);
    expect(
      count(
        'united-states',
        'The United States Army trained near Tan-Tan, and the United States will send more troops.',
      ),
    ).toBe(1);
    expect(count('united-states', 'Morocco bought the tanks from the United States in 2019.')).toBe(1);
  });
});

describe('bundled pack: المغرب the country beside the region and the prayer', () => {
  it('counts the country listed among the Maghreb’s five (ar-blind15-033, ar-blind13-004)', () => {
    const text =
      'تجمع دول المغرب العربي الخمس، تونس والجزائر والمغرب وليبيا وموريتانيا، روابط لغوية وتاريخية، غير أن اتحاد المغرب العربي ظل مجمداً.';
    expect(count('morocco', text)).toBe(1);
    expect(count('morocco', 'يصلي أهل الحي الظهر والعصر والمغرب والعشاء جماعة في المسجد الكبير.')).toBe(0);
  });

  it('counts the country after a place preposition on a page of the prayer (ar-blind15-070)', () => {
    const page = [
      'تُقدَّم الحريرة ساخنة مع التمر مباشرة بعد أذان المغرب، وهي طبق لا تخلو منه موائد الإفطار في المغرب طوال الشهر.',
    ];
    expect(count('morocco', ...page)).toBe(1);
    expect(count('morocco', 'موعد أذان المغرب اليوم الساعة السابعة إلا ربعاً، ويليه العشاء بعد ساعة ونصف.')).toBe(0);
  });
});
