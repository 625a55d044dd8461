/**
 * The engine's word lists that travel in the matcher's record (Compiled.words, the GLM meta's `words`),
 * not in the page's engine: the compiler (matcher-compile.ts) puts them there, makeMatcher hands each
 * reader its own. Like the country table (country-table.ts), they cost page-matcher.js nothing.
 */
import { ADDRESS_WORDS, type AddressWords } from './address-words';
import { ARABIC_SHAPE_WORDS, type ArabicShapeWords } from './arabic-shape-words';

export interface EngineWords {
  /** AddressShape's lists (address-shape.ts). */
  address: AddressWords;
  /** The Arabic shape cues' lists (arabic-shape.ts: arabicShapeSets). */
  arabic: ArabicShapeWords;
}

export const ENGINE_WORDS: EngineWords = { address: ADDRESS_WORDS, arabic: ARABIC_SHAPE_WORDS };
