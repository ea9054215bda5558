import { defaultGazetteer } from './default-gazetteer.js';
import { ownId, type Gazetteer } from './gazetteer.js';

/** Towns smaller than this are too obscure to rule out a person's name that happens to match. */
const MIN_POPULATION = 100_000;

/**
 * Whether `name`, as a whole, names a country, a first-level region, a place the aliases file
 * lists, or a town of at least 100,000 people ("New Delhi", "Abu Dhabi", "Borno"): what the cleaner
 * asks before it takes a credit line's name for an author.
 *
 * @example
 *   isPlaceName(gazetteer, 'New Delhi'); // true
 *   isPlaceName(gazetteer, 'Jane Doe'); // false
 */
export function isPlaceName(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer.matcher.lookup(name).some((value) => {
    const id = ownId(value);
    if (gazetteer.role(id) !== 'place') return false;
    if (gazetteer.curated.has(id) || gazetteer.isAdmin1(id)) return true;
    return gazetteer.isCity(id)
      ? gazetteer.population(id) >= MIN_POPULATION
      : gazetteer.place(id).kind === 'country';
  });
}

/** {@link isPlaceName} over the shipped gazetteer, loaded only when a name is first asked about. */
export const isShippedPlaceName = (name: string): boolean => isPlaceName(defaultGazetteer(), name);
