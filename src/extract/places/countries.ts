import { readDataFile } from '../data-file.js';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';

/** A country as Resurgence knows it. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** Every name a document or dataset may use for it, the common name first. */
  names: string[];
  /** English adjectives of nationality ("Iraqi", "American"). */
  demonyms: string[];
  lat: number;
  lon: number;
  /** Land area in km². */
  area: number;
}

// world-countries ships its list as JSON behind a CommonJS entry point.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

type AliasFile = Record<string, { names?: string[]; demonyms?: string[] }>;

export const COUNTRY_ALIASES_FILE = packagePath('data', 'country-aliases.yaml');

function loadAliases(file: string): AliasFile {
  const data = readDataFile(file, 'the country aliases');
  if (typeof data !== 'object' || data === null)
    throw new ConfigError(file, 'expected a mapping of country codes');
  for (const [code, entry] of Object.entries(data)) {
    if (!/^[A-Z]{2}$/.test(code)) throw new ConfigError(file, `"${code}" is not an ISO 3166-1 alpha-2 code`);
    if (typeof entry !== 'object' || entry === null)
      throw new ConfigError(file, `${code}: expected names and demonyms`);
  }
  return data as AliasFile;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

let table: {
  all: Country[];
  byCode: Map<string, Country>;
  byAlpha3: Map<string, Country>;
  byName: Map<string, Country>;
} | null = null;

function build() {
  const aliases = loadAliases(COUNTRY_ALIASES_FILE);
  const all: Country[] = countries.map((c) => {
    const extra = aliases[c.cca2] ?? {};
    const names = [
      c.name.common,
      c.name.official,
      ...(extra.names ?? []),
      ...c.altSpellings.filter((s) => s.length > 3),
    ];
    const demonym = c.demonyms?.eng?.m;
    return {
      code: c.cca2,
      name: c.name.common,
      names: [...new Set(names)],
      demonyms: [...new Set([...(demonym ? [demonym] : []), ...(extra.demonyms ?? [])])],
      lat: c.latlng[0] ?? 0,
      lon: c.latlng[1] ?? 0,
      area: c.area ?? 0,
    };
  });
  const byCode = new Map(all.map((c) => [c.code, c]));
  const byAlpha3 = new Map(countries.map((c) => [c.cca3, byCode.get(c.cca2)!]));
  const byName = new Map<string, Country>();
  // A name or demonym shared by several countries ("American", "French") goes to the largest.
  const bySize = [...all].sort((a, b) => b.area - a.area);
  for (const c of bySize)
    for (const n of [...c.names, ...c.demonyms]) if (!byName.has(fold(n))) byName.set(fold(n), c);
  // ...and only that country keeps it as its demonym: "American forces" are never the Northern Marianas'.
  for (const c of all) c.demonyms = c.demonyms.filter((d) => byName.get(fold(d)) === c);
  return { all, byCode, byAlpha3, byName };
}

const countryTable = () => (table ??= build());

/** Every country. */
export const allCountries = (): Country[] => countryTable().all;

/** The country with this ISO alpha-2 code, or undefined. */
export const countryByCode = (code: string): Country | undefined =>
  countryTable().byCode.get(code.toUpperCase());

/** The country with this ISO alpha-3 code (`SYR`, as ACLED's `iso3` and the HDX write it), or undefined. */
export const countryByAlpha3 = (code: string): Country | undefined =>
  countryTable().byAlpha3.get(code.toUpperCase());

/**
 * The country a name, demonym or code denotes: "Iraq", "Iraqi", "IQ", "DR Congo (Zaire)".
 * A parenthesised former name is tried on its own when the whole is unknown.
 */
export function findCountry(name: string | null | undefined): Country | undefined {
  if (!name) return undefined;
  const { byName, byCode } = countryTable();
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) return byCode.get(trimmed);
  return byName.get(fold(trimmed)) ?? byName.get(fold(trimmed.replace(/\s*\(.*\)\s*$/, '')));
}
