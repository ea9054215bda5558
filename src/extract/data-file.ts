import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { ConfigError } from '../model/errors.js';

/**
 * Where parsed data files are kept as JSON, by the hash of their text: parsing the YAML of the
 * shipped files takes a worker about a fifth of its start-up, reading JSON a small part of that.
 * `RESURGENCE_CACHE` moves it; an edited file has another hash and is parsed afresh.
 */
const cacheDir = () => process.env.RESURGENCE_CACHE ?? join(tmpdir(), 'resurgence-data-cache');

/** The YAML `text` parsed, from the cache when it has been parsed before. Throws what the parser throws. */
export function parseYamlCached(text: string): unknown {
  const file = join(cacheDir(), `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    const value: unknown = parse(text);
    const json = JSON.stringify(value);
    // only what JSON gives back unchanged is kept (no dates, infinities or undefined)
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
      try {
        // not recursive: Node 20's recursive mkdir can spin forever on some paths (under /proc)
        if (!existsSync(cacheDir())) mkdirSync(cacheDir());
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(partial, json);
        renameSync(partial, file);
      } catch {
        // a cache that cannot be written only costs the next start its parse
      }
    }
    return value;
  }
}

/**
 * Reads and parses one of the YAML data files analysts edit (`data/*.yaml`), turning a missing or
 * malformed file into a {@link ConfigError} that names it and says what it should hold.
 *
 * @example
 *   const data = readDataFile('data/actors.yaml', 'the actor registry');
 */
export function readDataFile(file: string, what: string): unknown {
  try {
    return parseYamlCached(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, `cannot read ${what}: ${(error as Error).message}`);
  }
}
