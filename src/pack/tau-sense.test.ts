/**
 * تاو is the TOW missile's Arabic name and also the tau protein of Alzheimer's research (ar-blind16-081,
 * `ar-fix16-tau-*`). « الأجسام المضادة » (antibodies) holds the missile rule's required word المضادة, so
 * the protein's own words veto it; the missile beside its anti-armour words still counts.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

const count = (id: string, ...blocks: string[]): number =>
  decidePage(matcher.find(blocks.join('\n\n'), createPageState()), (_m, entityId) => entityId).filter((x) => x === id)
    .length;

describe('bundled pack: تاو the protein and the missile', () => {
  it('leaves the tau protein alone, even beside antibodies (الأجسام المضادة)', () => {
    expect(count('bgm-71-tow', 'تتجه تجارب الأدوية إلى استهداف تاو بالأجسام المضادة لدى مرضى الزهايمر.')).toBe(0);
    expect(count('bgm-71-tow', 'تتراكم تشابكات بروتين تاو داخل الخلايا العصبية.')).toBe(0);
  });

  it('counts the missile named alone beside its anti-armour words', () => {
    expect(count('bgm-71-tow', 'وتعد منظومة تاو من أكثر الأسلحة المضادة للدروع انتشاراً في جيوش المنطقة.')).toBe(1);
  });
});
