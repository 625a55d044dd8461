/**
 * fix19-ar: Arabic error classes of the blind sample of session 19, read as whole pages.
 * - A page naming Morocco in its own words (في شمال المغرب) and the sunset prayer (قبل أذان المغرب): the
 *   prayer is one exception, not a page-wide veto.
 * - Egypt's Western Desert by its oil fields (آبار استكشافية، امتياز، للبترول) and basins (شرق البحرية، أبو
 *   الغراديق, pack data), and Apache the oil company by a firm's sign (شركة أباتشي، أباتشي: +2.1%).
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
const count = (id: string, ...blocks: string[]): number => counted(...blocks).filter((x) => x === id).length;

describe('bundled pack: the country beside the sunset prayer (ar-blind19-074)', () => {
  it('counts the country named by its side on a recipe page with the prayer', () => {
    expect(
      count(
        'morocco',
        'لا تكتمل مائدة الإفطار في شمال المغرب من دون الحريرة.',
        'أضيفي الدقيق قبل أذان المغرب بربع ساعة.',
      ),
    ).toBe(1);
  });

  it('counts nothing on a prayer page', () => {
    expect(count('morocco', 'يرفع أذان المغرب في السادسة.', 'ومن فاتته صلاة المغرب فليصلها في بيته.')).toBe(0);
  });
});

describe('bundled pack: Egypt’s Western Desert and the oil company (ar-blind19-026, ar-blind19-068)', () => {
  it('counts no territory on an oil page of Egypt’s desert', () => {
    expect(
      count(
        'western-sahara',
        '«أباتشي» تحفر ثلاث آبار استكشافية جديدة «بالصحراء الغربية»',
        'تعتزم شركة أباتشي الأمريكية للبترول حفر ثلاث آبار في منطقة شرق البحرية بالصحراء الغربية.',
      ),
    ).toBe(0);
    expect(count('western-sahara', 'وقعت الهيئة اتفاقية امتياز في منطقة أبو الغراديق بالصحراء الغربية.')).toBe(0);
  });

  it('still counts the territory beside oil and water words of its own', () => {
    expect(count('western-sahara', 'احتجت جبهة البوليساريو على التنقيب عن النفط قبالة سواحل الصحراء الغربية.')).toBe(1);
    expect(count('western-sahara', 'تعهد المبعوث بدعم حفر آبار المياه في مدن الصحراء الغربية.')).toBe(1);
  });

  it('counts no helicopter in a market list, and the helicopter beside its maker’s shares', () => {
    expect(
      count(
        'ah-64-apache',
        'زادت مخزونات الخام في الولايات المتحدة، وارتفعت واردات الصين.',
        'أسهم الشركات: - «أباتشي»: +2.1% بعد إعلان اكتشاف جديد - شيفرون: +0.5%',
      ),
    ).toBe(0);
    expect(count('ah-64-apache', 'تسلم الجيش المغربي دفعة جديدة من مروحيات أباتشي، فيما ارتفعت أسهم شركة بوينغ.')).toBe(
      1,
    );
  });
});
