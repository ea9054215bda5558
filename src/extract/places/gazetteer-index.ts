/**
 * The gazetteer index: GeoNames populated places and first-level regions, with the folded names
 * they are looked up under. `scripts/build-gazetteer.ts` writes it into `dist/` at build time
 * (see {@link buildGazetteerIndex}); {@link loadGazetteerIndex} reads it back.
 */
export interface GazetteerIndex {
  /** Bumped whenever the layout or the way names are folded changes, so a stale file is rebuilt. */
  format: number;
  /** Where the data comes from, with its licence. */
  attribution: string[];
  admin1: {
    /** GeoNames codes, `CC.code` ("SY.01"). */
    codes: string[];
    names: string[];
    /** Mean position of the region's populated places; null when it has none. */
    lat: (number | null)[];
    lon: (number | null)[];
  };
  cities: {
    /** Names joined by newlines. */
    names: string;
    /** ISO alpha-2 codes, two letters a place, concatenated. */
    countries: string;
    /** Index into `admin1`, or -1. */
    admin1: number[];
    lat: number[];
    lon: number[];
    population: number[];
    /** 3 national capital, 2 seat of a first-level region, 1 of a second-level one, 0 other. */
    seat: number[];
  };
  /** Folded names ("deir ez zor") in ascending code-unit order, joined by newlines. */
  keys: string;
  /**
   * The places each key names: key k names `places[offsets[k]]` .. `places[offsets[k + 1] - 1]`.
   * A city is its index in `cities`; an admin1 is `cities` count + its index in `admin1`. A place
   * listed as `-1 - id` is named by one of its alternate names rather than its own.
   */
  offsets: number[];
  places: number[];
  /** Single-word keys that are also common lower-case English words ("reading", "mobile", "most"). */
  commonWords: string[];
  /** The most frequent lower-case English words, joined by newlines: a capitalised one beside a place is not a person's name. */
  englishWords: string;
}

export const GAZETTEER_INDEX_FORMAT = 2;
