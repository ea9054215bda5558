import { readDataFile } from '../data-file.js';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';

/** The file of names that datasets give to victims, crowds and unidentified attackers. */
export const NON_ACTORS_FILE = packagePath('data', 'dataset-non-actors.yaml');

/** Tells names of parties that are not armed actors ("Civilians (Nigeria)", "Unknown"). */
export interface NonActors {
  file: string;
  matches(name: string): boolean;
}

const list = (file: string, key: string, value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
    throw new ConfigError(file, `${key}: expected a list of non-empty strings`);
  return value as string[];
};

/**
 * Reads and validates the non-actor names file; a bad regular expression fails here, naming it.
 *
 * @example
 *   loadNonActors().matches('Civilians (Nigeria)'); // true
 */
export function loadNonActors(file: string = NON_ACTORS_FILE): NonActors {
  const data = readDataFile(file, 'the list of dataset names that are not actors');
  if (typeof data !== 'object' || data === null)
    throw new ConfigError(file, 'expected a mapping with `names` and `patterns`');
  const raw = data as Record<string, unknown>;
  const names = new Set(list(file, 'names', raw.names).map((n) => n.trim().toLowerCase()));
  const patterns = list(file, 'patterns', raw.patterns).map((p) => {
    try {
      return new RegExp(p, 'iu');
    } catch (error) {
      throw new ConfigError(
        file,
        `patterns: "${p}" is not a regular expression (${(error as Error).message})`,
      );
    }
  });
  return {
    file,
    matches: (name) => {
      const trimmed = name.trim();
      return names.has(trimmed.toLowerCase()) || patterns.some((p) => p.test(trimmed));
    },
  };
}

let shipped: NonActors | null = null;

/** The non-actor names shipped in `data/dataset-non-actors.yaml`, read once. */
export const defaultNonActors = (): NonActors => (shipped ??= loadNonActors());
