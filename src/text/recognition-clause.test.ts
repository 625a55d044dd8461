import { describe, expect, it } from 'vitest';
import { ACCEPT, REJECT } from './context';
import { EventAgents } from './event-agent';
import { ForeignQualifier } from './foreign-qualifier';
import { createBuffer, normaliseInto } from './normalise';
import { bundledMatcher } from '../pack/bundled-test-pack';
import { RECOGNITION, recognitionClauses, STEM } from './recognition-clause';
import { EVENT_AGENTS } from './event-agent-rules';
import { COUNTRY_TABLE } from './country-table';

const agents = new EventAgents(new ForeignQualifier(COUNTRY_TABLE), EVENT_AGENTS);

/** Each clause read in `text`: its verdict and its original text. */
function clauses(text: string): [number, string][] {
  const buf = normaliseInto(text, true, createBuffer(text.length + 16));
  // Where the matcher's scan first finds the stem (matcher.test.ts checks the scan's own answer).
  let first = -1;
  for (let p = 1; p < buf.length - 3 && first < 0; p++)
    if (String.fromCharCode(...buf.chars.subarray(p, p + 3)) === STEM) first = p;
  return recognitionClauses(buf.chars, buf.length, first, agents, text, buf.starts).map((c) => [
    c.verdict,
    text.slice(buf.starts[c.tok], buf.ends[c.end - 1]),
  ]);
}

describe('recognitionClauses: the US recognition written as a clause', () => {
  it('reads the verb in any tense with a US subject after it, or the masdar with its genitive', () => {
    expect(clauses('منذ أن اعترفت الولايات المتحدة بسيادة المغرب على الصحراء في ديسمبر 2020.')).toEqual([
      [ACCEPT, 'اعترفت الولايات المتحدة بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('أكد اعتراف الولايات المتحدة بسيادة المغرب على كامل الصحراء أن القرار قائم.')).toEqual([
      [ACCEPT, 'اعتراف الولايات المتحدة بسيادة المغرب على كامل الصحراء'],
    ]);
    expect(clauses('وأكد من الجزائر اعتراف أمريكا بمغربية الصحراء.')).toEqual([
      [ACCEPT, 'اعتراف أمريكا بمغربية الصحراء'],
    ]);
    expect(clauses('منذ أن اعترف البيت الأبيض بسيادة المملكة على كامل الصحراء الغربية، تغير الكثير.')).toEqual([
      [ACCEPT, 'اعترف البيت الأبيض بسيادة المملكة على كامل الصحراء الغربية'],
    ]);
  });

  it('finds the stem at either parity of the buffer, after other ains and a stem that starts no clause', () => {
    const clause = 'اعترفت الولايات المتحدة بسيادة المغرب على الصحراء';
    for (const lead of ['', 'و ', 'مع ', 'على عن ', 'اعترض عليه مع ذلك، ثم '])
      for (const pad of ['', ' ', '  ']) expect(clauses(`${lead}${pad}منذ أن ${clause}.`)).toEqual([[ACCEPT, clause]]);
    expect(clauses('اعترض على ذلك مع عن.')).toEqual([]);
    expect(clauses('عترف')).toEqual([]);
  });

  it('reads the actor before a verb without a subject of its own, and the kingdom named by its lands', () => {
    expect(
      clauses('أعلن البيت الأبيض أن الولايات المتحدة تعترف بالسيادة الكاملة للمملكة على كامل أراضيها الجنوبية.'),
    ).toEqual([[ACCEPT, 'تعترف بالسيادة الكاملة للمملكة على كامل أراضيها الجنوبية']]);
  });

  it("reads another country's recognition, by its subject or after the object, and one in prospect", () => {
    expect(clauses('اعترفت فرنسا بسيادة المغرب على الصحراء في رسالة وجهها ماكرون.')).toEqual([
      [REJECT, 'اعترفت فرنسا بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('خطوة نحو الاعتراف بسيادة المغرب على الصحراء من جانب باريس.')).toEqual([
      [REJECT, 'الاعتراف بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('رأى المحلل أن الاعتراف بسيادة المغرب على الصحراء من قبل إسبانيا بات قريبا.')).toEqual([
      [REJECT, 'الاعتراف بسيادة المغرب على الصحراء'],
    ]);
  });

  it('reads no subject past another word of recognition (a headline above the clause)', () => {
    expect(clauses('خمس سنوات على الاعتراف الأمريكي\n\nأعلن الرئيس ترامب الاعتراف بسيادة المغرب على الصحراء.')).toEqual(
      [[ACCEPT, 'الاعتراف بسيادة المغرب على الصحراء']],
    );
  });

  it('leaves a clause without an actor, or without a sovereignty object over the territory', () => {
    expect(clauses('تضاعفت الاستثمارات منذ الاعتراف بسيادة المغرب على الصحراء.')).toEqual([]);
    expect(clauses('اعترفت الولايات المتحدة بخطئها في تقدير الموقف.')).toEqual([]);
    expect(clauses('اعترفت الولايات المتحدة بسيادة أوكرانيا على القرم.')).toEqual([]);
  });

  // mend18ar: review 18's sentences.
  it('reads the actor after من جانب nearest first (not the clause after it)', () => {
    expect(clauses('أثار الاعتراف بسيادة المغرب على الصحراء من جانب واشنطن غضب الجزائر.')).toEqual([
      [ACCEPT, 'الاعتراف بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('أغضب الاعتراف بسيادة المغرب على الصحراء من جانب الولايات المتحدة الجزائر والبوليساريو.')).toEqual([
      [ACCEPT, 'الاعتراف بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('أثار الاعتراف بسيادة المغرب على الصحراء من جانب فرنسا غضب واشنطن.')).toEqual([
      [REJECT, 'الاعتراف بسيادة المغرب على الصحراء'],
    ]);
  });

  it("reads the kingdom's lands as the territory only when southern", () => {
    expect(clauses('اعترفت الولايات المتحدة بسيادة المغرب على أراضيه منذ 1786.')).toEqual([]);
    expect(clauses('اعترفت الولايات المتحدة بالسيادة الكاملة للمملكة على أراضيها منذ معاهدة الصداقة.')).toEqual([]);
    expect(clauses('اعترفت الولايات المتحدة بسيادة المغرب على أراضيه الجنوبية في ديسمبر 2020.')).toEqual([
      [ACCEPT, 'اعترفت الولايات المتحدة بسيادة المغرب على أراضيه الجنوبية'],
    ]);
  });

  it('reads a negated recognition as no US act, whoever is named after it', () => {
    expect(clauses('لم تعترف الولايات المتحدة بسيادة المغرب على الصحراء قبل 2020.')).toEqual([
      [REJECT, 'تعترف الولايات المتحدة بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('لم تعترف واشنطن بعد بسيادة المغرب على الصحراء، قال دبلوماسي عام 2019.')).toEqual([
      [REJECT, 'تعترف واشنطن بعد بسيادة المغرب على الصحراء'],
    ]);
    expect(clauses('اعترفت الولايات المتحدة بسيادة المغرب على الصحراء قبل 2020.')).toEqual([
      [ACCEPT, 'اعترفت الولايات المتحدة بسيادة المغرب على الصحراء'],
    ]);
  });
});

describe("the matcher's scan finds the stem (matcher-compile.ts: the automaton's last pattern)", () => {
  const found = (text: string): string[] =>
    bundledMatcher
      .find(text)
      .filter((m) => m.entityId === RECOGNITION)
      .map((m) => m.text);
  const clause = 'اعترفت الولايات المتحدة بسيادة المغرب على الصحراء';

  it('reads the clause from the first stem past the text start, whatever comes before it', () => {
    for (const lead of ['', 'و ', 'عترف ', 'اعترض عليه مع ذلك، ثم منذ أن '])
      expect(found(`${lead}${clause}.`)).toEqual([clause]);
  });

  it('makes no name of the stem itself, nor of a stem at the very end', () => {
    expect(bundledMatcher.find('اعترف الوزير بالخطأ.')).toEqual([]);
    expect(bundledMatcher.find('عتر')).toEqual([]);
    expect(found('اعترفت الولايات المتحدة بسيادة المغرب على أراضيه منذ 1786.')).toEqual([]);
  });
});
