import { findCountry } from './countries.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlaceMention } from './place.js';

/** "the Somali capital", "the Afghan capital's", "Iraq's capital": a capital named by its country. */
const CAPITAL_OF = /\b[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+capital\b|\b(\p{Lu}[\p{L}-]+)['’]s\s+capital\b/gu;

/**
 * Capitals a text names by their country alone ("in the Somali capital" is Mogadishu), as
 * GeoNames marks them.
 *
 * @example
 *   capitalsNamedByCountry(gazetteer, 'gunmen stormed a hotel in the Somali capital')[0]?.place.name; // 'Mogadishu'
 */
export function capitalsNamedByCountry(g: Gazetteer, text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of text.matchAll(CAPITAL_OF)) {
    const country = findCountry(m[1] ?? m[2]);
    const id = country ? g.capitalId(country.code) : undefined;
    if (id === undefined) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      place: g.place(id),
      precision: 'exact',
      alternatives: [],
    });
  }
  return found;
}
