import { readDataFile } from '../data-file.js';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';
import type { PlaceKind } from './place.js';

export const PLACE_ALIASES_FILE = packagePath('data', 'place-aliases.yaml');

/** One entry of the place aliases file. */
export interface PlaceAlias {
  /** The name the place is reported under. */
  name: string;
  kind: Exclude<PlaceKind, 'country'>;
  /** ISO alpha-2 of the country it lies in. */
  country: string;
  /** For a city or an admin1 the gazetteer knows: its GeoNames name, when `name` differs from it. */
  geonames: string | null;
  /** The first-level region it lies in, as the gazetteer names it (or one of its aliases). */
  admin1: string | null;
  /** For a site: the city it belongs to. */
  city: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
}

/** The place aliases file: places and names to add to the gazetteer, and names that are never places. */
export interface PlaceAliases {
  file: string;
  places: PlaceAlias[];
  /** Words and phrases never read as places ("March", "New York Times"). */
  notPlaces: string[];
}

const KINDS = new Set(['site', 'city', 'admin1', 'region']);
const FIELDS = new Set(['name', 'kind', 'geonames', 'admin1', 'city', 'lat', 'lon', 'aliases']);

const isStringList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim().length > 0);

function readEntry(file: string, country: string, raw: unknown, at: string): PlaceAlias {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ConfigError(file, `${at}: expected a mapping with name, kind and aliases`);
  const e = raw as Record<string, unknown>;
  for (const field of Object.keys(e))
    if (!FIELDS.has(field))
      throw new ConfigError(file, `${at}: unknown field "${field}" (known: ${[...FIELDS].join(', ')})`);
  if (typeof e.name !== 'string' || !e.name.trim())
    throw new ConfigError(file, `${at}: "name" must be a non-empty string`);
  const where = `${at} (${e.name})`;
  if (typeof e.kind !== 'string' || !KINDS.has(e.kind))
    throw new ConfigError(file, `${where}: "kind" must be one of ${[...KINDS].join(', ')}`);
  for (const field of ['geonames', 'admin1', 'city'])
    if (e[field] !== undefined && typeof e[field] !== 'string')
      throw new ConfigError(file, `${where}: "${field}" must be a string`);
  if (e.aliases !== undefined && !isStringList(e.aliases))
    throw new ConfigError(file, `${where}: "aliases" must be a list of names`);
  if ((e.lat === undefined) !== (e.lon === undefined))
    throw new ConfigError(file, `${where}: give both "lat" and "lon", or neither`);
  if (e.lat !== undefined) {
    const [lat, lon] = [e.lat, e.lon];
    if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180)
      throw new ConfigError(
        file,
        `${where}: "lat" and "lon" must be decimal degrees (lat -90..90, lon -180..180)`,
      );
  }
  if ((e.kind === 'site' || e.kind === 'region') && e.lat === undefined)
    throw new ConfigError(file, `${where}: a ${e.kind} needs "lat" and "lon"`);
  if (e.city !== undefined && e.kind !== 'site')
    throw new ConfigError(file, `${where}: only a site has a "city"`);
  return {
    name: e.name.trim(),
    kind: e.kind as PlaceAlias['kind'],
    country,
    geonames: (e.geonames as string | undefined) ?? null,
    admin1: (e.admin1 as string | undefined) ?? null,
    city: (e.city as string | undefined) ?? null,
    lat: (e.lat as number | undefined) ?? null,
    lon: (e.lon as number | undefined) ?? null,
    aliases: (e.aliases as string[] | undefined) ?? [],
  };
}

/**
 * Reads and checks the place aliases file. Its shape is checked here; whether the cities and
 * regions it names exist is checked when the gazetteer applies it. Throws ConfigError saying
 * which entry is wrong and how.
 */
export function loadPlaceAliases(file: string = PLACE_ALIASES_FILE): PlaceAliases {
  const data = readDataFile(file, 'the place aliases');
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(file, 'expected a mapping with "places" and "not_places"');
  const { places = {}, not_places: notPlaces = [], ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown)
    throw new ConfigError(file, `unknown top-level key "${unknown}" (expected "places" and "not_places")`);
  if (!isStringList(notPlaces))
    throw new ConfigError(file, '"not_places" must be a list of words or phrases');
  if (typeof places !== 'object' || places === null || Array.isArray(places))
    throw new ConfigError(file, '"places" must map ISO 3166-1 alpha-2 country codes to lists of places');
  const out: PlaceAlias[] = [];
  for (const [country, list] of Object.entries(places)) {
    if (!/^[A-Z]{2}$/.test(country))
      throw new ConfigError(
        file,
        `places: "${country}" is not an ISO 3166-1 alpha-2 code (write SY, IQ, NG...)`,
      );
    if (!Array.isArray(list)) throw new ConfigError(file, `places.${country}: expected a list of places`);
    list.forEach((raw, i) => out.push(readEntry(file, country, raw, `places.${country}[${i}]`)));
  }
  return { file, places: out, notPlaces };
}
