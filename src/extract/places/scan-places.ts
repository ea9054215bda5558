import { ownId, type Gazetteer } from './gazetteer.js';
import { bracketRegions } from './bracket-regions.js';
import { findCountry } from './countries.js';
import { admin1Suffix, readCues, type Cues } from './place-cues.js';
import { ARTICLES } from './place-names.js';
import { rankCandidates, toCandidates, type Candidate } from './rank-places.js';
import { TextView } from './text-view.js';
import { tokenize } from '../text/fold.js';

/** A name found by {@link scanPlaces}: a place with its ranked candidates, or a demonym. */
export interface ScannedName {
  first: number;
  last: number;
  role: 'place' | 'demonym';
  /** Best first. For a demonym, its country's entry. */
  candidates: Candidate[];
  cues: Cues;
}

/**
 * A town of the GeoNames gazetteer counts outside the document's countries only when it is this
 * large (or a national capital). Inside them, a town smaller than SMALL_PLACE (and no seat of a
 * region) counts only in one of the document's two main countries, and after "in", "at", "near"...
 */
const LARGE_PLACE = 100_000;
const SMALL_PLACE = 20_000;

/** What {@link scanPlaces} needs beside the text. */
export interface ScanOptions {
  /** The document's countries, most prominent first. */
  countries: string[];
  /** Spans no place may start in (actor names such as "Khorasan Province"). */
  blocked?: { start: number; end: number }[];
}

/** A name of the gazetteer written as a name in the text, before the document's countries are considered. */
interface RawName {
  first: number;
  last: number;
  values: number[];
  /** The words around it, read once per text. */
  cues?: Cues;
  /** Whether it stands beside a person's first or last name ("Michael Jordan"), read once per text. */
  personName?: boolean;
}

/** The last text scanned, so that `documentCountries` and `findPlaces` on one document scan it once. */
let lastScan: {
  g: Gazetteer;
  text: string;
  view: TextView;
  names: RawName[];
  /** The names a region in brackets settles (see `bracketRegions`), read once per text. */
  settled?: Map<RawName, Set<number>>;
} | null = null;

/**
 * The gazetteer's names written as names in a text: capitalised (or after an Arabic article), not
 * an acronym of four letters or fewer, a common English word only inside a sentence, after "in",
 * "at" or "near" and not in a headline.
 */
export function rawNames(g: Gazetteer, text: string): NonNullable<typeof lastScan> {
  if (lastScan && lastScan.g === g && lastScan.text === text) return lastScan;
  const view = new TextView(text, tokenize(text));
  const shapes = new Map<number, boolean>();
  const isName = (first: number, last: number) => {
    const key = first * 64 + (last - first);
    let ok = shapes.get(key);
    if (ok === undefined) shapes.set(key, (ok = view.looksLikeName(first, last)));
    return ok;
  };
  const accept = (value: number, first: number, last: number): boolean => {
    if (!isName(first, last)) return false;
    const id = ownId(value);
    if (g.role(id) !== 'place' || g.place(id).kind === 'country') return true;
    if (first === last && view.isShortCapitals(first)) return false;
    if (first === last && g.commonWords.has(view.tokens[first]!.folded))
      return !view.isSentenceInitial(first) && !view.inTitleLine(first);
    return true;
  };
  const names = g.matcher
    .find(text, view.tokens, accept, (k) => view.mayStartName(k))
    .map((m) => ({ first: m.first, last: m.last, values: m.values }));
  lastScan = { g, text, view, names };
  return lastScan;
}

/**
 * Keeps the gazetteer's names in a text that are plausible places where they stand: not inside an
 * actor's name, a common English word only after "in"/"at"/"near" in a document about its country,
 * a small town only in a document about its country, not a part of a person's name ("Michael
 * Jordan"). Words never read as places are skipped. Returns them with their candidates ranked.
 */
export function scanPlaces(
  g: Gazetteer,
  text: string,
  options: ScanOptions,
): { view: TextView; names: ScannedName[] } {
  const scan = rawNames(g, text);
  const { view, names } = scan;
  const { countries, blocked = [] } = options;
  const locative = new Map<number, boolean>();
  const afterLocative = (first: number) => {
    let ok = locative.get(first);
    if (ok === undefined)
      locative.set(first, (ok = readCues(view.wordsBefore(first), view.after(first)).locative));
    return ok;
  };
  const plausible = (value: number, first: number, last: number): boolean => {
    const id = ownId(value);
    if (g.role(id) !== 'place') return true;
    const place = g.place(id);
    if (place.kind === 'country') return true;
    const inContext = countries.includes(place.country);
    const common = first === last && g.commonWords.has(view.tokens[first]!.folded);
    if (g.curated.has(id)) return !common || inContext || afterLocative(first);
    if (common && !afterLocative(first)) return false;
    if (first === last && institutionInName(view, first)) return false;
    if (place.kind === 'admin1') return inContext || last > first || admin1Suffix(view.after(last)) > 0;
    const population = g.population(id);
    const big = population >= LARGE_PLACE || g.seat(id) === 3;
    if (!inContext)
      return big && value >= 0 && !capitalisedNext(view, last) && !wordAfter(view, last, QUARTERS);
    if (value < 0) return (big || afterLocative(first)) && !capitalisedNext(view, last);
    if (wordAfter(view, last, STREET_WORDS, true)) return false;
    if (big || population >= SMALL_PLACE || g.seat(id) >= 2) return true;
    return countries.indexOf(place.country) < 2 && (afterLocative(first) || last > first);
  };
  const settled = (scan.settled ??= bracketRegions(g, view, names));
  const out: ScannedName[] = [];
  for (const raw of names) {
    const { first, last, values: all } = raw;
    const start = view.tokens[first]!.start;
    const inActor = blocked.some((b) => start >= b.start && start < b.end);
    const only = settled.get(raw);
    const values = only
      ? all.filter((v) => only.has(ownId(v)))
      : all.filter((v) => plausible(v, first, last) && !(inActor && g.role(ownId(v)) === 'place'));
    if (values.length === 0) continue;
    const roles = new Set(values.map((v) => g.role(ownId(v))));
    if (roles.has('block') && !namedRegion(g, view, values, last)) continue;
    if (!roles.has('demonym') && (raw.personName ??= partOfPersonName(g, view, first, last))) continue;
    const cues = (raw.cues ??= readCues(view.wordsBefore(first), view.after(last)));
    if (roles.has('demonym')) {
      const demonym = values.find((v) => g.role(ownId(v)) === 'demonym')!;
      const country = g.countryId(g.place(ownId(demonym)).country)!;
      out.push({ first, last, role: 'demonym', candidates: [{ id: country, alternate: false }], cues });
      continue;
    }
    const candidates = rankCandidates(g, toCandidates(values), countries, cues);
    out.push({ first, last, role: 'place', candidates, cues });
  }
  return { view, names: out };
}

/** Words that begin Arabic and Kurdish place names ("Jabal Sinjar", "Wadi Hawran"), not people's. */
const PLACE_WORDS = new Set([
  'jabal',
  'jebel',
  'wadi',
  'tal',
  'tel',
  'tell',
  'ras',
  'bir',
  'ain',
  'ayn',
  'kafr',
  'deir',
  'dayr',
  'khan',
  'umm',
  'qasr',
  'hay',
  'hayy',
  'souq',
  'suq',
  'bab',
  'sheikh',
  'shaykh',
]);

/**
 * True when a capitalised word that is no English word, article, nationality or country stands right
 * beside the name, with only a space or a hyphen between: "Michael Jordan", "Paris Hilton", "Imran Khan".
 */
function partOfPersonName(g: Gazetteer, view: TextView, first: number, last: number): boolean {
  const foreign = (k: number, step: -1 | 1) => {
    const t = view.neighbour(k, step, true);
    if (!t || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
    if (g.englishWords.has(t.folded) || ARTICLES.has(t.folded) || PLACE_WORDS.has(t.folded)) return false;
    // "the Pakistan-Afghanistan border": a country beside a country, not a double-barrelled name
    return !g.demonyms.has(t.folded) && findCountry(t.raw) === undefined;
  };
  return foreign(first, -1) || foreign(last, 1);
}

/** Words that end the name of an institution, which some towns are also called ("University", Florida). */
const INSTITUTION_WORDS = new Set([
  'university',
  'college',
  'academy',
  'hospital',
  'school',
  'institute',
  'seminary',
]);

/**
 * True when word k is such a word with a capitalised word right before it (not a sentence's first):
 * the end of an institution's name ("Mindanao State University"), not a town.
 */
const institutionInName = (view: TextView, k: number) => {
  if (!INSTITUTION_WORDS.has(view.tokens[k]!.folded)) return false;
  const before = view.neighbour(k, -1);
  return before !== null && /^\p{Lu}/u.test(before.raw) && !view.isSentenceInitial(k - 1);
};

/** True when a capitalised word follows the name after a single space ("Riverside Drive"). */
const capitalisedNext = (view: TextView, last: number) => {
  const next = view.neighbour(last, 1);
  return next !== null && /^\p{Lu}/u.test(next.raw);
};

/** Words that make a town's name part of an address or a building's name ("Riverside Drive"). */
const STREET_WORDS = new Set([
  'drive',
  'road',
  'street',
  'avenue',
  'boulevard',
  'lane',
  'way',
  'square',
  'mall',
  'plaza',
  'hotel',
  'tower',
  'towers',
]);

/** Words that make a name a part of a town ("the Medina district" of Mogadishu), not a city abroad. */
export const QUARTER_WORDS = ['district', 'neighbourhood', 'neighborhood', 'quarter', 'suburb'] as const;
const QUARTERS = new Set<string>(QUARTER_WORDS);

/** Whether the word right after the name is one of `words` (capitalised, when `capitalised`). */
const wordAfter = (view: TextView, last: number, words: ReadonlySet<string>, capitalised = false) => {
  const next = view.neighbour(last, 1);
  return next !== null && (!capitalised || /^\p{Lu}/u.test(next.raw)) && words.has(next.folded);
};

/** "Delta State", "Plateau State": a word never read as a place alone names a region before its kind. */
const namedRegion = (g: Gazetteer, view: TextView, values: number[], last: number) =>
  admin1Suffix(view.after(last)) > 0 &&
  values.some((v) => g.role(ownId(v)) === 'place' && g.place(ownId(v)).kind === 'admin1');
