import type { LocationPrecision, Place } from './place.js';

const COMPASS =
  '(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?';
const PLACE_NOUN = '(?:town|city|village|villages|district|area|region|province|camp|settlement)';
const OF_PLACE = `(?:(?:the\\s+)?${PLACE_NOUN}\\s+of\\s+)?`;

/** Words before a place that say the event was near it, not in it: "near", "outside", "30 km south of". */
const NEAR_BEFORE = new RegExp(
  `\\b(?:near(?:by)?|outside(?:\\s+of)?|close\\s+to|in\\s+the\\s+vicinity\\s+of|(?:on\\s+)?the\\s+outskirts\\s+of|outskirts\\s+of|on\\s+the\\s+(?:road|highway)\\s+(?:to|from|between)|${COMPASS}\\s+of|(?:km|kms|kilometres|kilometers|miles)\\s+(?:\\(\\d+\\s+\\w+\\)\\s+)?(?:from|of|${COMPASS}\\s+of|outside))\\s+(?:the\\s+)?${OF_PLACE}(?:(?:al|el|ad|as|ar|an|ash|az|at)-\\s*)?$`,
  'i',
);

/** Words after a place that say the event was around it: "Raqqa countryside", "the outskirts". */
const NEAR_AFTER = /^['’]?s?\s+(?:countryside|outskirts|suburbs|surroundings|environs|hinterland)\b/i;

/** Words right before a place that say a place follows: "in", "at", "via". */
const LOCATIVE_WORDS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'from',
  'to',
  'into',
  'across',
  'around',
  'toward',
  'towards',
  'through',
  'between',
  'via',
]);
const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'villages',
  'district',
  'area',
  'region',
  'province',
  'camp',
  'settlement',
]);
const SKIPPED_BEFORE = new Set(['the', 'al', 'el', 'ad', 'as', 'ar', 'an', 'ash', 'az', 'at']);

/** True when the words before a name say a place follows: "in", "the town of", "between Qamishli and". */
function locativeBefore(before: string): boolean {
  const words = before.toLowerCase().match(/[\p{L}']+/gu);
  if (!words) return false;
  let k = words.length - 1;
  while (k > 0 && SKIPPED_BEFORE.has(words[k]!) && !(words[k] === 'at' && k === words.length - 1)) k--;
  const word = words[k]!;
  if (LOCATIVE_WORDS.has(word)) return true;
  if (word === 'of') return PLACE_NOUNS.has(words[k - 1] ?? '');
  if (word === 'and' || word === 'to')
    return words.slice(Math.max(0, k - 5), k).some((w) => w === 'between' || w === 'from');
  return false;
}

/** Words after a name that make it a place: "the Gada area", "Komanda town". */
const PLACE_NOUN_AFTER =
  /^\s+(?:area|district|town|village|local government|LGA|countryside|outskirts|market|neighbourhood|neighborhood|suburb)\b/i;

/** Words after a name that make it a first-level region: "Idlib province", "Borno State". */
const ADMIN1_AFTER = /^\s+(?:province|governorate|state|region|prefecture|wilayat)\b/i;
/** Words before a name that make it a first-level region: "the province of Idlib". */
const ADMIN1_BEFORE = /\b(?:province|governorate|state|region|prefecture)\s+of\s+$/i;
/** Words around a name that make it a city: "Idlib city", "the city of Idlib". */
const CITY_AFTER = /^\s+(?:city|town)\b/i;
const CITY_BEFORE = /\b(?:city|town|village)\s+of\s+(?:(?:al|el|ad|as|ar|an|ash|az|at)-\s*)?$/i;
/** "the town of", "the village of" before an unknown name: a place the gazetteer lacks. */
export const TOWN_OF_BEFORE = /\b(?:town|village|city|hamlet|settlement|locality)\s+of\s+$/i;

/** What the words around a name say about it. */
export interface Cues {
  near: boolean;
  locative: boolean;
  admin1: boolean;
  city: boolean;
}

/** Reads the cues in the text just before and just after a name. */
export function readCues(before: string, after: string): Cues {
  return {
    near: NEAR_BEFORE.test(before) || NEAR_AFTER.test(after),
    locative: locativeBefore(before) || NEAR_BEFORE.test(before) || PLACE_NOUN_AFTER.test(after),
    admin1: ADMIN1_AFTER.test(after) || ADMIN1_BEFORE.test(before),
    city: CITY_AFTER.test(after) || CITY_BEFORE.test(before),
  };
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
