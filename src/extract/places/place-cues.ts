import type { LocationPrecision, Place } from './place.js';

const set = (words: string) => new Set(words.split(' '));

const COMPASS = set(
  'north south east west northeast northwest southeast southwest northern southern eastern western northeastern northwestern southeastern southwestern',
);
const DISTANCES = set('km kms kilometres kilometers kilometre kilometer miles mile');
/** Words right before a place that say a place follows: "in", "at", "via". */
const LOCATIVE_WORDS = set(
  'in at near outside from to into across around toward towards through between via',
);
const PLACE_NOUNS = set('town city village villages district area region province camp settlement');
const TOWN_NOUNS = set('town village city hamlet settlement locality');
const CITY_NOUNS = set('city town village');
const ADMIN1_NOUNS = set('province governorate state region prefecture');
/** Articles and "the" between a cue and a name: "near the", "in al-". */
const SKIPPED = set('the al el ad as ar an ash az at');

/** The index of the last of the words before a name that is no article ("near the" -> "near"). */
function lastCue(words: string[]): number {
  let k = words.length - 1;
  while (k > 0 && SKIPPED.has(words[k]!) && !(words[k] === 'at' && k === words.length - 1)) k--;
  return k;
}

/** "near", "outside", "on the outskirts of", "30 km south of", "on the road to", each maybe before "the town of". */
function nearBefore(words: string[], last: number): boolean {
  let k = last;
  if (words[k] === 'of' && PLACE_NOUNS.has(words[k - 1] ?? '')) k = words[k - 2] === 'the' ? k - 3 : k - 2;
  const [w1, w2 = '', w3 = ''] = [words[k] ?? '', words[k - 1], words[k - 2]];
  if (w1 === 'near' || w1 === 'nearby' || w1 === 'outside') return true;
  if (w1 === 'of')
    return (
      w2 === 'outskirts' || w2 === 'vicinity' || w2 === 'outside' || COMPASS.has(w2) || DISTANCES.has(w2)
    );
  if (w1 === 'to' && w2 === 'close') return true;
  if ((w1 === 'from' || w1 === 'outside') && DISTANCES.has(w2)) return true;
  return (
    (w1 === 'to' || w1 === 'from' || w1 === 'between') && (w2 === 'road' || w2 === 'highway') && w3 === 'the'
  );
}

/** "in", "at", "the town of", "between Qamishli and". */
function locativeBefore(words: string[], k: number): boolean {
  const word = words[k] ?? '';
  if (LOCATIVE_WORDS.has(word)) return true;
  if (word === 'of') return PLACE_NOUNS.has(words[k - 1] ?? '');
  if (word === 'and' || word === 'to')
    return words.slice(Math.max(0, k - 5), k).some((w) => w === 'between' || w === 'from');
  return false;
}

const ofAfter = (words: string[], k: number, nouns: Set<string>) =>
  words[k] === 'of' && nouns.has(words[k - 1] ?? '');

/** Words after a place that say the event was around it: "Raqqa countryside", "the outskirts". */
const NEAR_AFTER = /^['’]?s?\s+(?:countryside|outskirts|suburbs|surroundings|environs|hinterland)\b/i;
/** Words after a name that make it a place: "the Gada area", "Komanda town". */
const PLACE_NOUN_AFTER =
  /^\s+(?:area|district|town|village|local government|LGA|countryside|outskirts|market|neighbourhood|neighborhood|suburb)\b/i;
/** Words after a name that make it a first-level region: "Idlib province", "Borno State". */
const ADMIN1_AFTER = /^\s+(?:province|governorate|state|region|prefecture|wilayat)\b/i;
/** Words after a name that make it a city: "Idlib city". */
const CITY_AFTER = /^\s+(?:city|town)\b/i;

/** What the words around a name say about it. */
export interface Cues {
  /** Near it, not in it: "near", "outside", "30 km south of", "the Raqqa countryside". */
  near: boolean;
  /** A place follows: "in", "at", "between X and", "the town of", or "area"/"town" after it. */
  locative: boolean;
  /** A first-level region: "Idlib province", "the province of Idlib". */
  admin1: boolean;
  /** A city: "Idlib city", "the city of Idlib". */
  city: boolean;
}

/**
 * Reads the cues around a name: `before` holds the folded words just before it (as
 * `TextView.wordsBefore` gives them), `after` the text just after it.
 */
export function readCues(before: string[], after: string): Cues {
  const words = before;
  const k = lastCue(words);
  const near = nearBefore(words, k);
  return {
    near: near || NEAR_AFTER.test(after),
    locative: near || locativeBefore(words, k) || PLACE_NOUN_AFTER.test(after),
    admin1: ADMIN1_AFTER.test(after) || ofAfter(words, words.length - 1, ADMIN1_NOUNS),
    city: CITY_AFTER.test(after) || ofAfter(words, k, CITY_NOUNS),
  };
}

/** True when the folded words before a name end in "the town of", "the village of": a town follows. */
export function townOfBefore(words: string[]): boolean {
  return ofAfter(words, lastCue(words), TOWN_NOUNS);
}

/** The length of the admin1 word after a name ("province"), to take it into the mention; 0 when none. */
export function admin1Suffix(after: string): number {
  return ADMIN1_AFTER.exec(after)?.[0].length ?? 0;
}

/** How precisely a mention places an event: near a place, in it, in its region, in its country. */
export function precisionOf(place: Place, cues: Cues): LocationPrecision {
  if (place.kind === 'country') return 'country';
  if (place.kind === 'admin1') return 'admin1';
  if (place.kind === 'region') return place.admin1 ? 'admin1' : 'country';
  return cues.near ? 'near' : 'exact';
}
