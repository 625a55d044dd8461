/**
 * The occupations namesakes.ts reads (Occupations): compiled data, not engine code. The compiler puts them
 * in the matcher's record as written (engine-words.ts), makeMatcher hands them to Occupations; so
 * page-matcher.js does not carry them. Marked pure, so that a bundle that never reads them drops them.
 */

/**
 * Occupations of other bearers of a story person's full name (lower-cased, English and French), as written. The
 * story's people are officers: their ranks and offices (TITLES, AFRICOM's commander) are none of these.
 */
export const OCCUPATIONS: readonly string[] = /* @__PURE__ */ (() => [
  ...['accountant', 'actor', 'actress', 'architect', 'artist', 'author', 'baker', 'banker', 'bassist', 'bishop'],
  ...['boxer', 'builder', 'butcher', 'carpenter', 'coach', 'columnist', 'comedian', 'composer'],
  ...['cricketer', 'curate', 'cyclist', 'dentist', 'designer', 'driver', 'drummer', 'electrician', 'farmer'],
  ...['footballer'],
  ...['goalkeeper', 'golfer', 'guitarist', 'jockey', 'journalist', 'lawyer', 'midfielder', 'musician'],
  ...['novelist', 'painter', 'pastor', 'photographer', 'pianist', 'plumber', 'poet', 'priest', 'referee'],
  ...['rev', 'reverend', 'schoolteacher', 'singer', 'solicitor', 'sprinter', 'striker', 'surgeon', 'swimmer'],
  ...['teacher', 'vicar', 'winger', 'writer'],
  ...['abbé', 'acteur', 'actrice', 'architecte', 'artiste', 'avocat', 'batteur', 'boulanger', 'boxeur', 'chauffeur'],
  ...['chanteur', 'chanteuse', 'chirurgien', 'comédien', 'comptable', 'curé', 'cycliste', 'écrivain'],
  ...['enseignant', 'entraîneur', 'footballeur', 'gardien', 'golfeur', 'guitariste', 'instituteur'],
  ...['journaliste', 'musicien', 'pasteur', 'peintre', 'photographe', 'pianiste', 'plombier', 'poète'],
  ...['prêtre', 'romancier', 'sculpteur'],
])();
