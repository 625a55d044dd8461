/**
 * The engine's word lists that travel in the matcher's record (Compiled.words, the GLM meta's `words`),
 * not in the page's engine: the compiler (matcher-compile.ts) puts them there, makeMatcher hands each
 * reader its own. Like the country table (country-table.ts), they cost page-matcher.js nothing.
 */
import { ADDRESS_WORDS, READ_AS_WRITTEN, type AddressWords } from './address-words';
import { ARABIC_SHAPE_WORDS, type ArabicShapeWords } from './arabic-shape-words';
import { EVENT_AGENTS, type AgentRules } from './event-agent-rules';
import { KIND_AFTER, KIND_BEFORE, type KindNounWords } from './kind-noun-words';
import { NAME_SHAPE_WORDS, type NameShapeWords } from './name-shape-words';
import { FORMER_NAME_WORDS, type FormerNameWords } from './former-name-words';
import { foldString } from './normalise';
import { OCCUPATIONS } from './occupation-words';
import { PRESS_AS_WRITTEN, PRESS_TITLE_WORDS, type PressTitleWords } from './press-title-words';
import { QUOTED_PRODUCT_WORDS, type QuotedProductWords } from './quoted-product-words';
import { OFFICE_CUE_WORDS, OFFICE_CUES_AS_WRITTEN, type OfficeCueWords } from './office-cue-words';
import { RUBRIC_WORDS, type RubricWords } from './rubric-words';
import { OWN_COUNTRIES, type OwnCountries } from './own-countries';
import { SENSE_HEADS, type SenseHeadWords } from './sense-head-words';

export interface EngineWords {
  /** AddressShape's lists (address-shape.ts). */
  address: AddressWords;
  /** The Arabic shape cues' lists (arabic-shape.ts: arabicShapeSets). */
  arabic: ArabicShapeWords;
  /** SenseHeads' head words per entity (sense-heads.ts), as written: SenseHeads folds them. */
  senseHeads: SenseHeadWords;
  /** The nouns of a name's kind after it and before it, per entity (kind-nouns.ts), folded. */
  kindAfter: KindNounWords;
  kindBefore: KindNounWords;
  /** Per entity, its own countries and the qualifier shapes of another's namesake (own-countries.ts), as written. */
  ownCountries: OwnCountries;
  /** The closed lists that end another name (name-shape-words.ts), as written. */
  nameShape: NameShapeWords;
  /** Per event, who acts in its phrase (event-agent-rules.ts), as written: EventAgents folds them. */
  eventAgents: AgentRules;
  /** The occupations of another bearer of a story person's name (occupation-words.ts), lower case as written. */
  occupations: readonly string[];
  /** formerName's phrases and company words (former-name-words.ts), as written. */
  formerName: FormerNameWords;
  /** A news digest's section labels (rubric-words.ts), as written: NewsItems lower-cases them. */
  rubrics: RubricWords;
  /** office-cues.ts's lists (office-cue-words.ts): the Arabic ones folded, the others as written. */
  office: OfficeCueWords;
  /** quoted-product.ts's lists (quoted-product-words.ts), as written. */
  quotedProduct: QuotedProductWords;
  /** press-title.ts's lists (press-title-words.ts): the title words as written, the Arabic ones folded. */
  press: PressTitleWords;
}

export const ENGINE_WORDS: EngineWords = {
  address: ADDRESS_WORDS,
  arabic: ARABIC_SHAPE_WORDS,
  senseHeads: SENSE_HEADS,
  kindAfter: KIND_AFTER,
  kindBefore: KIND_BEFORE,
  ownCountries: OWN_COUNTRIES,
  nameShape: NAME_SHAPE_WORDS,
  eventAgents: EVENT_AGENTS,
  occupations: OCCUPATIONS,
  formerName: FORMER_NAME_WORDS,
  rubrics: RUBRIC_WORDS,
  office: OFFICE_CUE_WORDS,
  quotedProduct: QUOTED_PRODUCT_WORDS,
  press: PRESS_TITLE_WORDS,
};

/**
 * The lists as the record carries them: folded by the compiler wherever a reader looks folded words up
 * (every Arabic cue's list, AddressShape's but READ_AS_WRITTEN), so that makeMatcher folds none. Folding
 * these ~1,350 short words while making the matcher let V8 optimise the normaliser on them, and find's
 * normalising of long texts then ran at half speed (perf-log, sessions 19 and 20).
 */
export function recordWords(w: EngineWords): EngineWords {
  return {
    address: folded(w.address, READ_AS_WRITTEN),
    arabic: folded(w.arabic, []),
    senseHeads: w.senseHeads,
    kindAfter: folded(w.kindAfter, []),
    kindBefore: folded(w.kindBefore, []),
    ownCountries: w.ownCountries,
    nameShape: w.nameShape,
    eventAgents: w.eventAgents,
    occupations: w.occupations,
    formerName: w.formerName,
    rubrics: w.rubrics,
    office: folded(w.office, OFFICE_CUES_AS_WRITTEN),
    quotedProduct: w.quotedProduct,
    press: folded(w.press, PRESS_AS_WRITTEN),
  };
}

function folded<T extends Readonly<Record<string, readonly string[]>>>(w: T, asWritten: readonly string[]): T {
  const out: Record<string, readonly string[]> = {};
  for (const [k, list] of Object.entries(w)) out[k] = asWritten.includes(k) ? list : list.map((x) => foldString(x));
  return out as T;
}
