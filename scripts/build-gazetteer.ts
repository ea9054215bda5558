// Writes the gazetteer index (GeoNames places and regions with their folded names) into dist/,
// so that the place recognizer starts in a fraction of a second. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildGazetteerIndex } from '../src/extract/places/build-gazetteer-index.js';
import { GAZETTEER_INDEX_FILE, readGazetteerSources } from '../src/extract/places/load-gazetteer-index.js';

const started = performance.now();
const index = buildGazetteerIndex(readGazetteerSources());
mkdirSync(dirname(GAZETTEER_INDEX_FILE), { recursive: true });
writeFileSync(GAZETTEER_INDEX_FILE, JSON.stringify(index));
const places = index.cities.lat.length + index.admin1.codes.length;
console.log(
  `gazetteer: ${places} places under ${index.offsets.length - 1} names -> ${GAZETTEER_INDEX_FILE} (${Math.round(performance.now() - started)} ms)`,
);
