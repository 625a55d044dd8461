import bundledPack from '../pack/bundled-pack.json';
import type { Pack } from '../text/pack-types';

/** The bundled pack's entity ids: a personal entry may not take one. */
export const BUNDLED_IDS: ReadonlySet<string> = new Set((bundledPack as unknown as Pack).entities.map((e) => e.id));
