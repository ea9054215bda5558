import { defaultGazetteer } from './default-gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { readCues } from './place-cues.js';
import { admin1Variants, nameVariants } from './place-names.js';
import type { Place, PlaceContext } from './place.js';
import { rankCandidates, toCandidates } from './rank-places.js';

/**
 * The place one name most likely stands for ("Hasakah", "Deir ez-Zor governorate", "Kerman"),
 * disambiguated by `context.countries` and size, or null when the gazetteer does not know it.
 * A trailing "province"/"governorate"/"state" makes it the region; "city" the city.
 *
 * @example
 *   resolvePlace('Tripoli', { countries: ['LB'] }); // { name: 'Tripoli', country: 'LB', admin1: 'North Governorate', ... }
 */
export function resolvePlace(
  name: string,
  context: PlaceContext = {},
  gazetteer: Gazetteer = defaultGazetteer(),
): Place | null {
  const g = gazetteer;
  const trimmed = name.trim();
  const values = new Set<number>();
  for (const words of [...nameVariants(trimmed), ...admin1Variants(trimmed)])
    for (const v of g.matcher.lookup(words.join(' '))) values.add(v);
  const candidates = toCandidates([...values]).filter((c) => g.role(c.id) === 'place');
  if (candidates.length === 0) return null;
  const suffix = /\s+(province|governorate|state|region|city|town)$/i.exec(trimmed)?.[0] ?? '';
  const cues = readCues([], suffix);
  const [best] = rankCandidates(g, candidates, context.countries ?? [], cues);
  return g.place(best!.id);
}
