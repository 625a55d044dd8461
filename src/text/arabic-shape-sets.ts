/**
 * The word sets of the Arabic shape cues (arabic-shape.ts), built once per matcher from the record's
 * lists (arabic-shape-words.ts) and carried by every ArabicShapeRule: the cues' modules read them from
 * there, not from module constants, so the page's engine holds no list.
 */
import { type ArabicShapeWords } from './arabic-shape-words';
import { recordSet } from './folded-words';

/** The cues' word sets, built once per matcher from the record's lists, which the compiler folded (engine-words.ts). */
export function arabicShapeSets(w: ArabicShapeWords) {
  return {
    masculineRelatives: recordSet(w.masculineRelatives),
    masculineCopulas: recordSet(w.masculineCopulas),
    fortWalls: recordSet(w.fortWalls),
    buildings: recordSet(w.buildings),
    huwa: recordSet(w.huwa),
    notHeads: recordSet(w.notHeads),
    quantifiers: recordSet(w.quantifiers),
    timeFrames: recordSet(w.timeFrames),
    prayVerbs: recordSet(w.prayVerbs),
    missedVerbs: recordSet(w.missedVerbs),
    noConjunction: recordSet(w.noConjunction),
    prayers: recordSet(w.prayers),
    directions: recordSet(w.directions),
    city: recordSet(w.city),
    countries: recordSet(w.countries),
    east: recordSet(w.east),
    sides: recordSet(w.sides),
    from: recordSet(w.from),
    cityParts: recordSet(w.cityParts),
    councils: recordSet(w.councils),
    parts: recordSet(w.parts),
    units: recordSet(w.units),
    desertNames: recordSet(w.desertNames),
    ofYear: recordSet(w.ofYear),
    signed: recordSet(w.signed),
    inYear: recordSet(w.inYear),
    coastNames: recordSet(w.coastNames),
    along: recordSet(w.along),
    roles: recordSet(w.roles),
    timetable: recordSet(w.timetable),
    dayHalves: recordSet(w.dayHalves),
    firms: recordSet(w.firms),
    firm: recordSet(w.firm),
    works: recordSet(w.works),
    clips: recordSet(w.clips),
    desert: recordSet(w.desert),
    desertSides: recordSet(w.desertSides),
    injuries: recordSet(w.injuries),
    operations: new Set([...w.injuries, ...w.operations]),
    tears: recordSet(w.tears),
    extents: recordSet(w.extents),
    injured: recordSet(w.injured),
    wraps: recordSet(w.wraps),
    bandageStates: recordSet(w.bandageStates),
    bandaged: recordSet(w.bandaged),
    subjectParticles: recordSet(w.subjectParticles),
    notVerbs: recordSet(w.notVerbs),
    today: recordSet(w.today),
    placedAfter: recordSet(w.placedAfter),
    comes: recordSet(w.comes),
    riteNouns: recordSet(w.riteNouns),
    feminineStances: recordSet(w.feminineStances),
    feminineVerbs: recordSet(w.feminineVerbs),
    linking: recordSet(w.linking),
    negations: recordSet(w.negations),
    ribatTowns: recordSet(w.ribatTowns),
    factions: recordSet(w.factions),
    present: recordSet(w.present),
    yearWords: recordSet(w.yearWords),
  };
}

export type ArabicShapeSets = ReturnType<typeof arabicShapeSets>;

/**
 * A cue reader of an Arabic name's attached words (arabic-shape.ts dispatches them): the reader's sets, the folded
 * text, its length, where the name's word starts (its proclitics included) and the name's own [s, e).
 */
export type ShapeCue = (
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
) => boolean;
