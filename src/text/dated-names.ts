/**
 * Names of events that other events share: a treaty of friendship, a joint or tripartite
 * declaration, a treaty of Marrakesh. Many countries signed one, in many years; the story's is of
 * one year. A year written as the event's own, right after its name ("the Treaty of Friendship of
 * 1950", "the Joint Declaration issued on 4 February 2022", « le traité d'amitié de 1978 ») or right
 * before it ("the 1994 Treaty of Marrakesh"), that is not one of the entity's own, names another.
 *
 * Latin-script text only (English and French), read on the original text; Arabic has its own
 * `dated` cue (arabic-shape.ts). Not a year further off ("signed in Rabat in 2020"), which may date
 * something else in the sentence.
 */

/**
 * The years that are an entity's own, by bundled entity id: signed 1786, ratified 1787; declared 2020.
 * A Map: every Latin mention asks, and a missing key of an object is a slow look-up.
 */
const OWN_YEARS: ReadonlyMap<string, readonly number[]> = new Map([
  ['treaty-of-friendship-1786', [1786, 1787]],
  ['us-recognition-western-sahara', [2020]],
]);

/** Month names, English and French, for a full date before the year. */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/**
 * After the name: of or de, or a participle of signing (signed on, issued in, « signé le »), then an
 * optional day and month, then the year.
 */
const YEAR_AFTER = new RegExp(
  "^,?[ \\u00a0]+(?:of|de|du|d['’]|(?:signed|issued|adopted|concluded|sign[ée]e?s?|conclue?s?|adopt[ée]e?s?)" +
    '(?:[ \\u00a0]+(?:on|in|en|le))?)[ \\u00a0]*' +
    `(?:(?:\\d{1,2}(?:er)?[ \\u00a0]+)?(?:${MONTHS})[ \\u00a0]+)?(\\d{4})(?![\\d\\p{L}])`,
  'iu',
);

/**
 * Right before the name: the year as its modifier ("the 1994 Treaty of Marrakesh"); not after a
 * preposition, where the year dates the sentence ("since 2021 U.S. recognition has held").
 */
const YEAR_BEFORE = /(?:^|[^\d\p{L}])(\d{4})[ \u00a0]+$/u;
/** Made once (see latin-words.ts: SOME_LOWER). */
const LATIN = /\p{Script=Latin}/u;
const YEAR_GOVERNED =
  /(?:^|[^\p{L}])(?:since|in|after|before|until|by|from|through|depuis|en|après|apres|avant|jusqu['’]en|dès|des)[ \u00a0]+\d{4}[ \u00a0]+$/iu;

/**
 * Whether the mention text[start, end) of `entityId` is dated by a year that is not the entity's own:
 * another treaty or declaration of the same name.
 */
export function datedOther(entityId: string, text: string, start: number, end: number): boolean {
  const own = OWN_YEARS.get(entityId);
  if (own === undefined || !LATIN.test(text[start] ?? '')) return false;
  const after = YEAR_AFTER.exec(text.slice(end, end + 60));
  const lead = text.slice(Math.max(0, start - 24), start);
  const before = YEAR_GOVERNED.test(lead) ? null : YEAR_BEFORE.exec(lead.slice(-12));
  const year = after?.[1] ?? before?.[1];
  return year !== undefined && !own.includes(Number(year));
}
