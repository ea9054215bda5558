import { applyPlaceAliases } from './apply-place-aliases.js';
import { Gazetteer } from './gazetteer.js';
import { loadGazetteerIndex } from './load-gazetteer-index.js';
import { loadPlaceAliases } from './place-aliases.js';

/** Where the gazetteer's parts are read from; the defaults are the shipped files. */
export interface GazetteerFiles {
  /** The generated index (default `dist/places/gazetteer.json`). */
  index?: string;
  /** The analyst-edited aliases (default `data/place-aliases.yaml`). */
  aliases?: string;
}

/** Loads the gazetteer: the GeoNames index, the countries and the aliases file. Throws ConfigError on a bad aliases file. */
export function loadGazetteer(files: GazetteerFiles = {}): Gazetteer {
  const gazetteer = new Gazetteer(loadGazetteerIndex(files.index));
  applyPlaceAliases(gazetteer, loadPlaceAliases(files.aliases));
  return gazetteer;
}

let shipped: Gazetteer | null = null;

/** The gazetteer from the shipped files, loaded on first use. */
export const defaultGazetteer = (): Gazetteer => (shipped ??= loadGazetteer());
