import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigError } from '../model/errors.js';

/**
 * Reads and parses one of the YAML data files analysts edit (`data/*.yaml`), turning a missing or
 * malformed file into a {@link ConfigError} that names it and says what it should hold.
 *
 * @example
 *   const data = readDataFile('data/actors.yaml', 'the actor registry');
 */
export function readDataFile(file: string, what: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, `cannot read ${what}: ${(error as Error).message}`);
  }
}
