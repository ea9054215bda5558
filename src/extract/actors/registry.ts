import { readDataFile } from '../data-file.js';
import type { Actor, ActorKind, ActorUnit, DatasetNames } from '../../model/actor.js';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';
import { allCountries, countryByCode } from '../places/countries.js';

/** The registry file shipped with Resurgence; analysts edit it to add groups and aliases. */
export const ACTORS_FILE = packagePath('data', 'actors.yaml');

const KINDS: ActorKind[] = ['armed_group', 'state_forces', 'coalition', 'militia'];
const DATASETS = ['ucdp', 'acled', 'gtd'] as const;

interface StateForceTemplate {
  name: string;
  aliases: string[];
  /** Aliases of particular countries' forces, by ISO code. */
  extra: Record<string, string[]>;
  datasets?: DatasetNames;
}

/** Every actor Resurgence recognises, validated, with state forces generated for every country. */
export interface ActorRegistry {
  /** Where the registry was read from. */
  file: string;
  actors: Actor[];
  /** The actor with this canonical name. */
  byName(name: string): Actor | undefined;
}

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(file: string, where: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    throw new ConfigError(file, `${where}: expected a list of non-empty strings`);
  }
  return value as string[];
}

function countries(file: string, where: string, value: unknown): string[] {
  const codes = strings(file, where, value);
  for (const code of codes) {
    if (!countryByCode(code))
      throw new ConfigError(file, `${where}: "${code}" is not an ISO 3166-1 alpha-2 country code`);
  }
  return codes;
}

function datasetNames(file: string, where: string, value: unknown): DatasetNames | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    throw new ConfigError(file, `${where}.datasets: expected a mapping with ucdp, acled or gtd`);
  const out: DatasetNames = {};
  for (const [key, names] of Object.entries(value)) {
    if (!(DATASETS as readonly string[]).includes(key)) {
      throw new ConfigError(file, `${where}.datasets: unknown dataset "${key}" (use ${DATASETS.join(', ')})`);
    }
    out[key as (typeof DATASETS)[number]] = strings(file, `${where}.datasets.${key}`, names);
  }
  return out;
}

function readUnit(file: string, where: string, value: unknown): ActorUnit {
  if (!isRecord(value) || typeof value.name !== 'string')
    throw new ConfigError(file, `${where}: a unit needs a name`);
  const at = `${where} unit "${value.name}"`;
  const admin1: Record<string, string[]> = {};
  if (value.admin1 !== undefined) {
    if (!isRecord(value.admin1))
      throw new ConfigError(file, `${at}.admin1: expected a mapping of country code to regions`);
    for (const [code, regions] of Object.entries(value.admin1)) {
      countries(file, `${at}.admin1`, [code]);
      admin1[code] = strings(file, `${at}.admin1.${code}`, regions);
    }
  }
  const month = (where: string, v: unknown): string => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}$/.test(v))
      throw new ConfigError(file, `${where}: expected a month as 'YYYY-MM'`);
    return v;
  };
  const until: Record<string, string> = {};
  if (value.until !== undefined) {
    if (!isRecord(value.until))
      throw new ConfigError(file, `${at}.until: expected a mapping of country code to 'YYYY-MM'`);
    for (const [code, m] of Object.entries(value.until)) {
      countries(file, `${at}.until`, [code]);
      until[code] = month(`${at}.until.${code}`, m);
    }
  }
  const formerly = ((value.formerly as unknown[] | undefined) ?? []).map((f, i) => {
    if (!isRecord(f) || typeof f.name !== 'string')
      throw new ConfigError(file, `${at}.formerly[${i}]: needs a name and until`);
    return { name: f.name, until: month(`${at}.formerly[${i}].until`, f.until) };
  });
  return {
    name: value.name,
    aliases: strings(file, `${at}.aliases`, value.aliases),
    countries: countries(file, `${at}.countries`, value.countries),
    ...(Object.keys(admin1).length ? { admin1 } : {}),
    datasets: datasetNames(file, at, value.datasets),
    ...(value.since !== undefined ? { since: month(`${at}.since`, value.since) } : {}),
    ...(Object.keys(until).length ? { until } : {}),
    ...(formerly.length ? { formerly } : {}),
  };
}

function readActor(file: string, value: unknown, index: number): Actor {
  if (!isRecord(value) || typeof value.name !== 'string' || !value.name.trim()) {
    throw new ConfigError(file, `actors[${index}]: every actor needs a name`);
  }
  const at = `actor "${value.name}"`;
  if (!KINDS.includes(value.kind as ActorKind)) {
    throw new ConfigError(file, `${at}: kind must be one of ${KINDS.join(', ')}`);
  }
  if (value.units !== undefined && !Array.isArray(value.units))
    throw new ConfigError(file, `${at}.units: expected a list`);
  return {
    name: value.name,
    kind: value.kind as ActorKind,
    aliases: strings(file, `${at}.aliases`, value.aliases),
    home: countries(file, `${at}.home`, value.home),
    units: ((value.units as unknown[] | undefined) ?? []).map((u) => readUnit(file, at, u)),
    datasets: datasetNames(file, at, value.datasets),
  };
}

function readTemplate(file: string, key: string, value: unknown): StateForceTemplate {
  if (!isRecord(value) || typeof value.name !== 'string' || !value.name.includes('{country}')) {
    throw new ConfigError(file, `stateForces.${key}: needs a name containing {country}`);
  }
  const extra: Record<string, string[]> = {};
  if (value.extra !== undefined) {
    if (!isRecord(value.extra))
      throw new ConfigError(file, `stateForces.${key}.extra: expected a mapping of country code to names`);
    for (const [code, names] of Object.entries(value.extra)) {
      countries(file, `stateForces.${key}.extra`, [code]);
      extra[code] = strings(file, `stateForces.${key}.extra.${code}`, names);
    }
  }
  return {
    name: value.name,
    aliases: strings(file, `stateForces.${key}.aliases`, value.aliases),
    extra,
    datasets: datasetNames(file, `stateForces.${key}`, value.datasets),
  };
}

const fill = (pattern: string, values: { country: string; demonym?: string }) =>
  pattern.includes('{demonym}') && !values.demonym
    ? null
    : pattern.replaceAll('{country}', values.country).replaceAll('{demonym}', values.demonym ?? '');

function stateForces(templates: StateForceTemplate[]): Actor[] {
  const out: Actor[] = [];
  for (const country of allCountries()) {
    for (const template of templates) {
      const names = [country.name, ...country.names.slice(1, 3)];
      const expand = (patterns: string[]) =>
        patterns.flatMap((p) =>
          names.flatMap((c, i) =>
            (i === 0 ? [undefined, ...country.demonyms] : [undefined]).map((d) =>
              fill(p, { country: c, demonym: d }),
            ),
          ),
        );
      const datasets: DatasetNames = {};
      for (const key of DATASETS) {
        const patterns = template.datasets?.[key];
        if (patterns) datasets[key] = [...new Set(expand(patterns).filter((n): n is string => !!n))];
      }
      out.push({
        name: template.name.replaceAll('{country}', country.name),
        kind: 'state_forces',
        aliases: [
          ...new Set([
            ...expand(template.aliases).filter((n): n is string => !!n),
            ...(template.extra[country.code] ?? []),
          ]),
        ],
        home: [country.code],
        units: [],
        datasets,
      });
    }
  }
  return out;
}

function checkDuplicates(file: string, actors: Actor[]) {
  const names = new Map<string, string>();
  for (const actor of actors) {
    const key = actor.name.toLowerCase();
    if (names.has(key))
      throw new ConfigError(file, `actor "${actor.name}" is defined twice; merge the two entries`);
    names.set(key, actor.name);
  }
  const aliases = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind === 'state_forces') continue;
    for (const alias of [actor.name, ...actor.aliases, ...actor.units.flatMap((u) => u.aliases)]) {
      const key = alias.toLowerCase();
      const owner = aliases.get(key);
      if (owner && owner !== actor.name) {
        throw new ConfigError(
          file,
          `alias "${alias}" is given to both "${owner}" and "${actor.name}"; keep it on one`,
        );
      }
      aliases.set(key, actor.name);
    }
  }
}

/**
 * Reads and validates an actor registry file. Problems fail here, with the file, the entry and how
 * to fix it, never later in a run.
 *
 * @example
 *   const registry = loadActorRegistry();            // data/actors.yaml
 *   registry.byName('Islamic State')?.units.length;  // its provinces
 */
export function loadActorRegistry(file: string = ACTORS_FILE): ActorRegistry {
  const data = readDataFile(file, 'the actor registry');
  if (!isRecord(data) || !Array.isArray(data.actors))
    throw new ConfigError(file, 'expected a mapping with an `actors` list');
  const templates = isRecord(data.stateForces)
    ? Object.entries(data.stateForces).map(([key, value]) => readTemplate(file, key, value))
    : [];
  const actors = [...data.actors.map((a, i) => readActor(file, a, i)), ...stateForces(templates)];
  checkDuplicates(file, actors);
  const byName = new Map(actors.map((a) => [a.name.toLowerCase(), a]));
  return { file, actors, byName: (name) => byName.get(name.toLowerCase()) };
}

let shipped: ActorRegistry | null = null;

/** The registry shipped in `data/actors.yaml`, read once. */
export const defaultActorRegistry = (): ActorRegistry => (shipped ??= loadActorRegistry());
