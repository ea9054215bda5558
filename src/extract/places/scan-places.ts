import type { Gazetteer } from './gazetteer.js';
import { admin1Suffix, readCues, type Cues } from './place-cues.js';
import { ARTICLES } from './place-names.js';
import { rankCandidates, toCandidates, type Candidate } from './rank-places.js';
import type { TextView } from './text-view.js';

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

const own = (value: number) => (value < 0 ? -1 - value : value);

/**
 * Finds the gazetteer's names in a text and keeps those that are written as names and plausible
 * where they stand: capitalised, not inside an actor's name, a common English word only after
 * "in"/"at" in a document about its country, a small town only in a document about its country,
 * not a part of a person's name ("Michael Jordan"). Words never read as places are skipped.
 */
export function scanPlaces(g: Gazetteer, view: TextView, options: ScanOptions): ScannedName[] {
  const { countries, blocked = [] } = options;
  const shapes = new Map<number, boolean>();
  const locative = new Map<number, boolean>();
  const isName = (first: number, last: number) => {
    const key = first * 64 + (last - first);
    let ok = shapes.get(key);
    if (ok === undefined) {
      const start = view.tokens[first]!.start;
      ok = view.looksLikeName(first, last) && !blocked.some((b) => start >= b.start && start < b.end);
      shapes.set(key, ok);
    }
    return ok;
  };
  const afterLocative = (first: number) => {
    let ok = locative.get(first);
    if (ok === undefined)
      locative.set(first, (ok = readCues(view.before(first), view.after(first)).locative));
    return ok;
  };
  const accept = (value: number, first: number, last: number): boolean => {
    if (!isName(first, last)) return false;
    const id = own(value);
    if (g.role(id) !== 'place') return true;
    const place = g.place(id);
    if (place.kind === 'country') return true;
    if (first === last && view.isShortCapitals(first)) return false;
    const inContext = countries.includes(place.country);
    if (g.curated.has(id)) {
      if (first !== last || !g.commonWords.has(view.tokens[first]!.folded)) return true;
      return (
        !view.isSentenceInitial(first) && !view.inTitleLine(first) && (inContext || afterLocative(first))
      );
    }
    if (first === last && g.commonWords.has(view.tokens[first]!.folded)) {
      if (view.isSentenceInitial(first) || view.inTitleLine(first) || !afterLocative(first)) return false;
    }
    if (place.kind === 'admin1') return inContext || last > first || admin1Suffix(view.after(last)) > 0;
    const population = g.population(id);
    const big = population >= LARGE_PLACE || g.seat(id) === 3;
    if (!inContext) return big && value >= 0 && !capitalisedNext(view, last);
    if (value < 0) return (big || afterLocative(first)) && !capitalisedNext(view, last);
    if (big || population >= SMALL_PLACE || g.seat(id) >= 2) return true;
    return countries.indexOf(place.country) < 2 && (afterLocative(first) || last > first);
  };
  const out: ScannedName[] = [];
  for (const m of g.matcher.find(view.text, view.tokens, accept)) {
    const roles = new Set(m.values.map((v) => g.role(own(v))));
    if (roles.has('block')) continue;
    if (!roles.has('demonym') && partOfPersonName(g, view, m.first, m.last)) continue;
    const cues = readCues(view.before(m.first), view.after(m.last));
    if (roles.has('demonym')) {
      const demonyms = m.values.filter((v) => g.role(own(v)) === 'demonym').map((v) => own(v));
      const country = g.countryId(g.place(demonyms[0]!).country)!;
      out.push({
        first: m.first,
        last: m.last,
        role: 'demonym',
        candidates: [{ id: country, alternate: false }],
        cues,
      });
      continue;
    }
    const candidates = rankCandidates(g, toCandidates(m.values), countries, cues);
    out.push({ first: m.first, last: m.last, role: 'place', candidates, cues });
  }
  return out;
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
 * True when a capitalised word that is no English word, article or nationality stands right beside
 * the name, with only a space between: "Michael Jordan", "Paris Hilton", "Imran Khan".
 */
function partOfPersonName(g: Gazetteer, view: TextView, first: number, last: number): boolean {
  const foreign = (k: number, step: -1 | 1) => {
    const t = view.neighbour(k, step, true);
    if (!t || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
    if (g.englishWords.has(t.folded) || ARTICLES.has(t.folded) || PLACE_WORDS.has(t.folded)) return false;
    return !g.matcher.lookup(t.folded).some((v) => g.role(own(v)) === 'demonym');
  };
  return foreign(first, -1) || foreign(last, 1);
}

/** True when a capitalised word follows the name after a single space ("Riverside Drive"). */
const capitalisedNext = (view: TextView, last: number) => {
  const next = view.neighbour(last, 1);
  return next !== null && /^\p{Lu}/u.test(next.raw);
};
