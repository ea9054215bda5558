import { defaultGazetteer } from './default-gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { scanPlaces } from './scan-places.js';

/** Places that identify their country well enough to count: the aliases file's, regions, and cities this large. */
const TELLING_CITY = 100_000;

/** The countries a text is about (see {@link documentCountries}). */
export function documentCountriesIn(g: Gazetteer, text: string): string[] {
  const weight = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const count = (country: string, w: number, at: number) => {
    weight.set(country, (weight.get(country) ?? 0) + w);
    if (!firstSeen.has(country)) firstSeen.set(country, at);
  };
  for (const n of scanPlaces(g, text, { countries: [] }).names) {
    const best = n.candidates[0]!;
    const place = g.place(best.id);
    if (n.role === 'demonym' || place.kind === 'country') {
      count(place.country, 1, n.first);
      continue;
    }
    const countries = new Set(n.candidates.map((c) => g.place(c.id).country));
    const telling =
      g.curated.has(best.id) ||
      place.kind !== 'city' ||
      (g.population(best.id) >= TELLING_CITY && !best.alternate);
    if (telling && countries.size === 1) count(place.country, 1, n.first);
  }
  return [...weight.keys()].sort(
    (a, b) => weight.get(b)! - weight.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
}

/**
 * The countries a document is about, most prominent first: the countries and nationalities it
 * names ("Iraq", "Iraqi") and the places that identify a country on their own (a region, a city of
 * 100,000 people or more, a place of the aliases file). Pass the result to `findPlaces` as
 * `context.countries` to read the places of every sentence of the document in its light.
 *
 * @example
 *   documentCountries('Iraqi forces said the attack in Tarmiyah north of Baghdad killed two.'); // ['IQ']
 */
export function documentCountries(text: string, gazetteer: Gazetteer = defaultGazetteer()): string[] {
  return documentCountriesIn(gazetteer, text);
}
