import { foldText, PhraseMatcher, SortedPhrases } from '../text/phrase-matcher.js';
import { allCountries } from './countries.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { Place } from './place.js';
import { nameVariants } from './place-names.js';

/** What a name registered in the gazetteer stands for besides places. */
export type EntryRole = 'place' | 'demonym' | 'block';

interface Extra {
  role: EntryRole;
  place: Place;
}

/** The place id a matcher value stands for, whether it names the place by its own or an alternate name. */
export const ownId = (value: number) => (value < 0 ? -1 - value : value);

/**
 * The gazetteer at run time: every place (GeoNames cities and first-level regions, countries, the
 * aliases file's places) under an id, and one phrase matcher from folded names to ids. A name
 * registered as `-1 - id` is one of the place's alternate names rather than its own.
 */
export class Gazetteer {
  readonly matcher: PhraseMatcher<number>;
  readonly commonWords: Set<string>;
  /** Frequent lower-case English words. */
  readonly englishWords: Set<string>;
  /** Nationalities, folded ("iraqi", "nigerian"). */
  readonly demonyms = new Set<string>();
  /** Places the aliases file names: trusted over bare GeoNames entries. */
  readonly curated = new Set<number>();
  readonly #index: GazetteerIndex;
  readonly #cityNames: string[];
  readonly #cityCount: number;
  readonly #admin1Count: number;
  readonly #extras: Extra[] = [];
  readonly #renamed = new Map<number, string>();
  readonly #cache = new Map<number, Place>();
  readonly #countryIds = new Map<string, number>();

  constructor(index: GazetteerIndex) {
    this.#index = index;
    this.#cityNames = index.cities.names.split('\n');
    this.#cityCount = this.#cityNames.length;
    this.#admin1Count = index.admin1.codes.length;
    this.commonWords = new Set(index.commonWords);
    this.englishWords = new Set(index.englishWords.split('\n'));
    const { offsets, places } = index;
    const names = new SortedPhrases(index.keys.split('\n'), (k) => places.slice(offsets[k], offsets[k + 1]));
    this.matcher = new PhraseMatcher(names);
    for (const c of allCountries()) {
      const id = this.addPlace({
        name: c.name,
        country: c.code,
        admin1: null,
        lat: c.lat,
        lon: c.lon,
        kind: 'country',
      });
      this.#countryIds.set(c.code, id);
      for (const name of c.names) this.addName(name, id);
      for (const demonym of c.demonyms) {
        this.addName(demonym, this.#addExtra('demonym', this.place(id)));
        this.demonyms.add(foldText(demonym));
      }
    }
  }

  /** How many ids there are. */
  get size(): number {
    return this.#cityCount + this.#admin1Count + this.#extras.length;
  }

  /** Adds a place and returns its id. */
  addPlace(place: Place): number {
    return this.#addExtra('place', place);
  }

  /** Registers a name (and its spelling variants) for an id; `alternate` marks it as not the place's own name. */
  addName(name: string, id: number, alternate = false): void {
    if (/^[\p{Lu}\d.\s-]+$/u.test(name) && /\p{Lu}/u.test(name)) {
      this.matcher.add(name, alternate ? -1 - id : id);
      return;
    }
    for (const words of nameVariants(name)) this.matcher.addFolded(words.join(' '), alternate ? -1 - id : id);
  }

  /** Registers a word or phrase that is never a place ("March", "New York Times"). */
  block(phrase: string): void {
    const id = this.#addExtra('block', {
      name: phrase,
      country: '',
      admin1: null,
      lat: null,
      lon: null,
      kind: 'site',
    });
    this.addName(phrase, id);
  }

  /** Reports `id` under another name. */
  rename(id: number, name: string): void {
    this.#renamed.set(id, name);
    this.#cache.clear();
  }

  role(id: number): EntryRole {
    return id < this.#cityCount + this.#admin1Count
      ? 'place'
      : this.#extras[id - this.#cityCount - this.#admin1Count]!.role;
  }

  isCity = (id: number) => id < this.#cityCount;
  isAdmin1 = (id: number) => id >= this.#cityCount && id < this.#cityCount + this.#admin1Count;

  /** The id of a country's entry. */
  countryId(code: string): number | undefined {
    return this.#countryIds.get(code);
  }

  /** ISO alpha-2 of the place's country. */
  country(id: number): string {
    return this.isCity(id) ? this.#index.cities.countries.slice(2 * id, 2 * id + 2) : this.place(id).country;
  }

  population(id: number): number {
    return this.isCity(id) ? this.#index.cities.population[id]! : (this.place(id).population ?? 0);
  }

  /** 3 national capital, 2 seat of a first-level region, 1 of a second-level one, 0 other. */
  seat(id: number): number {
    return this.isCity(id) ? this.#index.cities.seat[id]! : 0;
  }

  #capitals: Map<string, number> | null = null;

  /** The id of a country's national capital, or undefined when GeoNames marks none. */
  capitalId(code: string): number | undefined {
    if (!this.#capitals) {
      this.#capitals = new Map();
      for (let id = 0; id < this.#cityCount; id++) {
        const country = this.country(id);
        if (this.#index.cities.seat[id] !== 3) continue;
        const known = this.#capitals.get(country);
        if (known === undefined || this.population(id) > this.population(known))
          this.#capitals.set(country, id);
      }
    }
    return this.#capitals.get(code);
  }

  /** The id of the first-level region a GeoNames city lies in, or -1. */
  #admin1Of(id: number): number {
    const a = this.isCity(id) ? this.#index.cities.admin1[id]! : -1;
    return a < 0 ? -1 : this.#cityCount + a;
  }

  /** The admin1 id a place lies in (itself for an admin1), or -1 when unknown. */
  admin1Id(id: number): number {
    return this.isAdmin1(id) ? id : this.#admin1Of(id);
  }

  /** The place an id stands for. */
  place(id: number): Place {
    let place = this.#cache.get(id);
    if (place) return place;
    if (this.isCity(id)) {
      const { cities } = this.#index;
      const admin1 = this.#admin1Of(id);
      place = {
        name: this.#renamed.get(id) ?? this.#cityNames[id]!,
        country: this.country(id),
        admin1: admin1 < 0 ? null : this.place(admin1).name,
        lat: cities.lat[id]!,
        lon: cities.lon[id]!,
        kind: 'city',
        population: cities.population[id]!,
      };
    } else if (this.isAdmin1(id)) {
      const a = id - this.#cityCount;
      const { admin1 } = this.#index;
      const name = this.#renamed.get(id) ?? admin1.names[a]!;
      place = {
        name,
        country: admin1.codes[a]!.slice(0, 2),
        admin1: name,
        lat: admin1.lat[a]!,
        lon: admin1.lon[a]!,
        kind: 'admin1',
      };
    } else {
      place = this.#extras[id - this.#cityCount - this.#admin1Count]!.place;
    }
    this.#cache.set(id, place);
    return place;
  }

  /** Every admin1 id of a country. */
  admin1Ids(country: string): number[] {
    const out: number[] = [];
    this.#index.admin1.codes.forEach((code, a) => {
      if (code.startsWith(`${country}.`)) out.push(this.#cityCount + a);
    });
    return out;
  }

  #addExtra(role: EntryRole, place: Place): number {
    this.#extras.push({ role, place });
    return this.#cityCount + this.#admin1Count + this.#extras.length - 1;
  }
}
