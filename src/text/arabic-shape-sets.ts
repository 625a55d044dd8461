/**
 * The word sets of the Arabic shape cues (arabic-shape.ts), built once per matcher from the record's
 * lists (arabic-shape-words.ts) and carried by every ArabicShapeRule: the cues' modules read them from
 * there, not from module constants, so the page's engine holds no list.
 */
import { foldedSet } from './normalise';
import { type ArabicShapeWords } from './arabic-shape-words';

/** The cues' word sets, built once per matcher from the record's lists (arabic-shape-words.ts). */
export function arabicShapeSets(w: ArabicShapeWords) {
  const injuries = foldedSet(w.injuries);
  return {
    masculineRelatives: foldedSet(w.masculineRelatives),
    masculineCopulas: foldedSet(w.masculineCopulas),
    fortWalls: foldedSet(w.fortWalls),
    feminineVerbs: foldedSet(w.feminineVerbs),
    feminineStances: foldedSet(w.feminineStances),
    buildings: foldedSet(w.buildings),
    ribatTowns: foldedSet(w.ribatTowns),
    linking: foldedSet(w.linking),
    huwa: foldedSet(w.huwa),
    notHeads: foldedSet(w.notHeads),
    quantifiers: foldedSet(w.quantifiers),
    timeFrames: foldedSet(w.timeFrames),
    prayVerbs: foldedSet(w.prayVerbs),
    missedVerbs: foldedSet(w.missedVerbs),
    noConjunction: foldedSet(w.noConjunction),
    prayers: foldedSet(w.prayers),
    directions: foldedSet(w.directions),
    city: foldedSet(w.city),
    countries: foldedSet(w.countries),
    east: foldedSet(w.east),
    sides: foldedSet(w.sides),
    from: foldedSet(w.from),
    cityParts: foldedSet(w.cityParts),
    parts: foldedSet(w.parts),
    units: foldedSet(w.units),
    desertNames: foldedSet(w.desertNames),
    ofYear: foldedSet(w.ofYear),
    signed: foldedSet(w.signed),
    inYear: foldedSet(w.inYear),
    coastNames: foldedSet(w.coastNames),
    along: foldedSet(w.along),
    roles: foldedSet(w.roles),
    timetable: foldedSet(w.timetable),
    dayHalves: foldedSet(w.dayHalves),
    firms: foldedSet(w.firms),
    works: foldedSet(w.works),
    clips: foldedSet(w.clips),
    desert: foldedSet(w.desert),
    desertSides: foldedSet(w.desertSides),
    injuries,
    operations: new Set([...injuries, ...foldedSet(w.operations)]),
    tears: foldedSet(w.tears),
    extents: foldedSet(w.extents),
    injured: foldedSet(w.injured),
    subjectParticles: foldedSet(w.subjectParticles),
    negations: foldedSet(w.negations),
    notVerbs: foldedSet(w.notVerbs),
    today: foldedSet(w.today),
    placedAfter: foldedSet(w.placedAfter),
    comes: foldedSet(w.comes),
    riteNouns: foldedSet(w.riteNouns),
  };
}

export type ArabicShapeSets = ReturnType<typeof arabicShapeSets>;
