import { distanceKm } from '../text/spans.js';
import { ConfigError } from '../../model/errors.js';
import { ownId, type Gazetteer } from './gazetteer.js';
import type { Place } from './place.js';
import type { PlaceAlias, PlaceAliases } from './place-aliases.js';
import { admin1Variants, nameVariants } from './place-names.js';

/** Ids of the places in `country` registered under `name` (or a spelling variant of it) that pass `keep`. */
function idsNamed(
  g: Gazetteer,
  name: string,
  country: string,
  variants: (n: string) => string[][],
  keep: (id: number) => boolean,
) {
  const ids = new Set<number>();
  for (const words of variants(name))
    for (const value of g.matcher.lookup(words.join(' '))) {
      const id = ownId(value);
      if (g.role(id) === 'place' && g.country(id) === country && keep(id)) ids.add(id);
    }
  return [...ids];
}

function admin1Named(g: Gazetteer, file: string, entry: PlaceAlias, name: string): number {
  const [id] = idsNamed(g, name, entry.country, admin1Variants, g.isAdmin1);
  if (id !== undefined) return id;
  const known = g.admin1Ids(entry.country).map((a) => g.place(a).name);
  throw new ConfigError(
    file,
    `${entry.country} ${entry.name}: no first-level region "${name}" in ${entry.country}; the gazetteer knows ${known.join(', ') || 'none'}`,
  );
}

/** A town given with coordinates is the gazetteer's town of that name when it lies this close. */
const SAME_TOWN_KM = 30;

function citiesNamed(g: Gazetteer, entry: PlaceAlias, name: string, admin1: number | null): number[] {
  return idsNamed(
    g,
    name,
    entry.country,
    nameVariants,
    (id) =>
      (g.isCity(id) || (g.curated.has(id) && g.place(id).kind === 'city')) &&
      (admin1 === null || g.admin1Id(id) === admin1),
  );
}

function cityNamed(
  g: Gazetteer,
  file: string,
  entry: PlaceAlias,
  name: string,
  admin1: number | null,
): number {
  const ids = citiesNamed(g, entry, name, admin1);
  if (ids.length === 0)
    throw new ConfigError(
      file,
      `${entry.country} ${entry.name}: the gazetteer has no city "${name}" in ${entry.country}${admin1 === null ? '' : ` (${g.place(admin1).name})`}; give "lat" and "lon" to add it, or "geonames" with its GeoNames name`,
    );
  return ids.reduce((a, b) => (g.population(b) > g.population(a) ? b : a));
}

function addNames(g: Gazetteer, id: number, entry: PlaceAlias) {
  for (const name of [entry.name, ...entry.aliases]) g.addName(name, id);
  g.curated.add(id);
}

/**
 * Applies the aliases file to the gazetteer: renames and adds names to the cities and regions it
 * knows, adds the sites, regions and towns it lacks, and blocks the names that are never places.
 * Throws ConfigError when an entry names a city or region the gazetteer does not have.
 */
export function applyPlaceAliases(g: Gazetteer, aliases: PlaceAliases): void {
  const { file } = aliases;
  const ordered = [...aliases.places].sort(
    (a, b) => Number(b.kind === 'admin1') - Number(a.kind === 'admin1'),
  );
  for (const entry of ordered) {
    const admin1 = entry.admin1 === null ? null : admin1Named(g, file, entry, entry.admin1);
    if (entry.kind === 'city' && entry.lat !== null && entry.lon !== null) {
      const at = { lat: entry.lat, lon: entry.lon };
      const known = citiesNamed(g, entry, entry.geonames ?? entry.name, null).find((id) => {
        const p = g.place(id);
        return p.lat !== null && p.lon !== null && distanceKm(at, { lat: p.lat, lon: p.lon }) <= SAME_TOWN_KM;
      });
      if (known !== undefined) {
        if (g.place(known).name !== entry.name) g.rename(known, entry.name);
        addNames(g, known, entry);
        continue;
      }
    }
    if (entry.lat === null && (entry.kind === 'admin1' || entry.kind === 'city')) {
      const lookup = entry.geonames ?? entry.name;
      const id =
        entry.kind === 'admin1'
          ? admin1Named(g, file, entry, lookup)
          : cityNamed(g, file, entry, lookup, admin1);
      if (g.place(id).name !== entry.name) g.rename(id, entry.name);
      addNames(g, id, entry);
      continue;
    }
    const city = entry.city === null ? null : g.place(cityNamed(g, file, entry, entry.city, admin1));
    const place: Place = {
      name: entry.name,
      country: entry.country,
      admin1:
        entry.kind === 'admin1'
          ? entry.name
          : admin1 === null
            ? (city?.admin1 ?? null)
            : g.place(admin1).name,
      lat: entry.lat,
      lon: entry.lon,
      kind: entry.kind,
      ...(city ? { city: city.name } : {}),
    };
    addNames(g, g.addPlace(place), entry);
  }
  for (const phrase of aliases.notPlaces) g.block(phrase);
}
