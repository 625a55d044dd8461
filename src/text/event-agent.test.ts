import { describe, expect, it } from 'vitest';
import { ACCEPT, REJECT } from './context';
import { EventAgents, KEEP } from './event-agent';
import { ForeignQualifier } from './foreign-qualifier';
import { createBuffer, normaliseInto } from './normalise';
import { EVENT_AGENTS } from './event-agent-rules';
import { COUNTRY_TABLE } from './country-table';

const agents = new EventAgents(new ForeignQualifier(COUNTRY_TABLE), EVENT_AGENTS);

/** The verdict for `entity`'s mention `phrase` in `text` (its first occurrence). */
function verdict(entity: string, text: string, phrase: string): number {
  const buf = normaliseInto(text, true, createBuffer(text.length + 16));
  const folded = String.fromCharCode(...buf.chars.subarray(0, buf.length));
  const s = folded.indexOf(fold(phrase));
  return agents.verdict(entity, buf.chars, buf.length, s, s, s + fold(phrase).length, text, buf.starts);
}
function fold(t: string): string {
  const b = normaliseInto(t, true, createBuffer(t.length + 16));
  return String.fromCharCode(...b.chars.subarray(0, b.length));
}

const REC = 'us-recognition-western-sahara';
const ROADMAP = 'us-morocco-defense-roadmap';
const VERB = 'recognize Western Sahara';

describe('EventAgents: the actor of a recognition verb', () => {
  it('accepts the nearest actor when it is the United States, rejects another country or organisation', () => {
    expect(verdict(REC, `Washington moved to ${VERB}.`, VERB)).toBe(ACCEPT);
    expect(verdict(REC, `The U.S. move to ${VERB} angered Algiers.`, VERB)).toBe(ACCEPT);
    expect(verdict(REC, `Spain refused to ${VERB}, unlike Washington.`, VERB)).toBe(REJECT);
    expect(verdict(REC, `The UN has never wanted to ${VERB}.`, VERB)).toBe(REJECT);
  });

  it('reads the French past participle (« a reconnu ») as the verb: its actor decides', () => {
    const RECONNU = 'reconnu la souveraineté marocaine sur ce territoire';
    expect(verdict(REC, `Les États-Unis ont ${RECONNU} en 2020.`, RECONNU)).toBe(ACCEPT);
    expect(verdict(REC, `Israël a ${RECONNU} en 2023.`, RECONNU)).toBe(REJECT);
    expect(verdict(REC, `L'Union africaine n'a jamais ${RECONNU}.`, RECONNU)).toBe(REJECT);
  });

  it('reads French "un" as an article, not the UN', () => {
    expect(verdict(REC, `Trump a pris un décret pour ${VERB}.`, VERB)).toBe(ACCEPT);
  });

  it('takes an own actor after a word of comparison for the model, not the agent', () => {
    expect(verdict(REC, `Israel followed the United States in deciding to ${VERB}.`, VERB)).toBe(REJECT);
    expect(verdict(REC, `Like the United States, it chose to ${VERB}.`, VERB)).toBe(REJECT);
  });

  it('stops at the clause: an actor of the sentence before decides nothing', () => {
    expect(verdict(REC, `Spain objected. Officials then chose to ${VERB}.`, VERB)).toBe(KEEP);
    expect(verdict(REC, `Spain objected; officials chose to ${VERB}.`, VERB)).toBe(KEEP);
  });

  it('reads the agent after a noun form ("by", « par »); the United States as a model there is no agent', () => {
    const noun = 'recognition of Western Sahara';
    expect(verdict(REC, `The ${noun} by Washington came in 2020.`, noun)).toBe(ACCEPT);
    expect(verdict(REC, `The ${noun} by Germany would follow.`, noun)).toBe(REJECT);
    expect(verdict(REC, `The ${noun} by others like Washington is awaited.`, noun)).toBe(REJECT);
    const fr = 'reconnaissance du Sahara occidental';
    expect(verdict(REC, `La ${fr} par l'Espagne a surpris.`, fr)).toBe(REJECT);
  });

  it('leaves a noun form to the window', () => {
    const noun = 'recognition of Western Sahara';
    expect(verdict(REC, `Algeria condemned the ${noun}.`, noun)).toBe(KEEP);
  });
});

describe('EventAgents: the parties of a roadmap', () => {
  const R = 'defense roadmap';
  it('rejects another pair of countries, keeps the window with Morocco the nearer party', () => {
    expect(verdict(ROADMAP, `Algeria and Russia agreed a ${R} in 2020.`, R)).toBe(REJECT);
    expect(verdict(ROADMAP, `Esper signed a ${R} between Tunisia and the United States.`, R)).toBe(REJECT);
    expect(verdict(ROADMAP, `In Rabat, Esper signed a ${R} before touring Tunisia and Algeria.`, R)).toBe(KEEP);
    expect(verdict(ROADMAP, `Esper signed a ${R} with Washington's partners.`, R)).toBe(KEEP);
  });
});

describe('EventAgents: the parties of a treaty of friendship (redteam17 class 6)', () => {
  const TREATY = 'treaty-of-friendship-1786';
  it('rejects a treaty whose parties are Morocco and another country', () => {
    const t = 'Treaty of Friendship';
    expect(verdict(TREATY, `Morocco and Spain signed a ${t}, Good Neighbourliness and Cooperation in 1991.`, t)).toBe(
      REJECT,
    );
    expect(verdict(TREATY, `A ${t} between Morocco and Spain set up yearly summits.`, t)).toBe(REJECT);
    const fr = "traité d'amitié";
    expect(
      verdict(TREATY, `Le ${fr}, de bon voisinage et de coopération entre le Maroc et l'Espagne date de 1991.`, fr),
    ).toBe(REJECT);
    const ar = 'معاهدة الصداقة';
    expect(verdict(TREATY, `وقع المغرب وإسبانيا ${ar} وحسن الجوار عام 1991.`, ar)).toBe(REJECT);
  });
  it('keeps the treaty with the United States, and one naming no other party', () => {
    const t = 'Treaty of Friendship';
    expect(verdict(TREATY, `The ${t} between Morocco and the United States is still in force.`, t)).toBe(KEEP);
    expect(verdict(TREATY, `Morocco signed a ${t} with the United States in 1786.`, t)).toBe(KEEP);
    expect(verdict(TREATY, `Unlike Spain, Morocco signed a ${t} with the United States.`, t)).toBe(KEEP);
    expect(verdict(TREATY, `Historians still study the ${t} and the sultan's letters.`, t)).toBe(KEEP);
    const ar = 'معاهدة الصداقة';
    expect(verdict(TREATY, `${ar} بين المغرب والولايات المتحدة أقدم معاهدة.`, ar)).toBe(KEEP);
  });
});

describe("EventAgents: a treaty's own negotiator in its clause", () => {
  it("keeps the treaty when a later country is its negotiator's errand, not its party", () => {
    const t = 'traité de Marrakech';
    expect(
      verdict(
        'treaty-of-friendship-1786',
        `Thomas Barclay, l’homme du ${t}, mourut à Lisbonne en 1793 alors qu’il partait négocier avec la régence d’Alger.`,
        t,
      ),
    ).toBe(KEEP);
  });
  it('reads the parties only before a comma: after it, another predicate (review17 R5)', () => {
    const t = 'traité d’amitié';
    const treaty = 'treaty-of-friendship-1786';
    expect(verdict(treaty, `Thomas Barclay, l’homme du ${t}, partit négocier avec Alger.`, t)).toBe(KEEP);
    expect(verdict(treaty, `Le ${t} avec l’Espagne date de 1991.`, t)).toBe(REJECT);
    expect(verdict(treaty, `Le ${t}, signé avec l’Espagne, date de 1991.`, t)).toBe(REJECT);
  });
});

describe('a possessed verbal noun: its possessor is the clause’s subject (red team 17, class K)', () => {
  const R = 'us-recognition-western-sahara';
  const PHRASE = 'اعترافها بسيادة المغرب على صحرائه';

  it('is the event when the subject is the United States', () => {
    expect(verdict(R, 'أعادت واشنطن التأكيد على اعترافها بسيادة المغرب على صحرائه.', PHRASE)).toBe(ACCEPT);
    expect(verdict(R, 'جددت الإدارة الأمريكية اعترافها بسيادة المغرب على صحرائه.', PHRASE)).toBe(ACCEPT);
  });

  it('is another country’s act when the subject is another country, with a US word near', () => {
    expect(verdict(R, 'جددت إسرائيل اعترافها بسيادة المغرب على صحرائه.', PHRASE)).toBe(REJECT);
    expect(verdict(R, 'وقال السفير الأمريكي إن فرنسا أعلنت اعترافها بسيادة المغرب على صحرائه.', PHRASE)).toBe(REJECT);
  });
});
