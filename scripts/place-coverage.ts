// Development signal for the place recognizer: for every event of the gold files in ../shared
// (seeds and dev set), does the recognizer resolve the gold place (or admin1) by name, and does it
// find a mention of it in the document's text? "Found" means, as the scorer counts it, within 50 km
// of the gold coordinates or with a matching place or admin1 name. Prints the misses and the totals.
// Usage: npx tsx scripts/place-coverage.ts [--all]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanDocument } from '../src/ingest/clean.js';
import { readDocumentFile } from '../src/ingest/read-file.js';
import { documentCountries } from '../src/extract/places/document-countries.js';
import { findPlaces } from '../src/extract/places/find-places.js';
import type { Place } from '../src/extract/places/place.js';
import { resolvePlace } from '../src/extract/places/resolve-place.js';

interface GoldEvent {
  country?: string;
  admin1?: string | null;
  place?: string | null;
  lat?: number | null;
  lon?: number | null;
}

const shared = resolve(process.env.RESURGENCE_SHARED ?? '../shared');
const all = process.argv.includes('--all');
const fold = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u02bc\u02be\u02bf\u2018\u2019'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const placeKey = (s: string | null | undefined) =>
  fold(s)
    .replace(/^(al|el|ar|as|ad|an|az|at)\s+/, '')
    .replace(/\b(province|governorate|region|state|district|city|town|village|area|oblast|wilayat)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * r) / 2);
  const y = Math.sin(((b.lon - a.lon) * r) / 2);
  return 2 * 6371 * Math.asin(Math.sqrt(x * x + Math.cos(a.lat * r) * Math.cos(b.lat * r) * y * y));
};
/** The scorer's rule, applied to a place. */
function matches(p: Place, g: GoldEvent): boolean {
  if (
    g.lat != null &&
    g.lon != null &&
    p.lat != null &&
    p.lon != null &&
    km({ lat: p.lat, lon: p.lon }, { lat: g.lat, lon: g.lon }) <= 50
  )
    return true;
  const keys = new Set([placeKey(p.name), placeKey(p.admin1)].filter(Boolean));
  return [placeKey(g.place), placeKey(g.admin1)]
    .filter(Boolean)
    .some((k) => keys.has(k) || [...keys].some((q) => q.length > 3 && (q.includes(k) || k.includes(q))));
}

if (!existsSync(shared)) {
  console.log(`place-coverage: ${shared} is absent; nothing to check.`);
  process.exit(0);
}
let total = 0;
let resolved = 0;
let found = 0;
for (const dir of [join(shared, 'seeds'), join(shared, 'eval', 'dev')]) {
  for (const goldFile of readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const stem = goldFile.replace(/\.gold\.json$/, '');
    const docFile = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.gold.json'));
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as { events?: GoldEvent[] };
    const events = (gold.events ?? []).filter((e) => e.place || e.admin1 || e.lat != null);
    if (!docFile || events.length === 0) continue;
    const text = cleanDocument(await readDocumentFile(join(dir, docFile))).text;
    const countries = documentCountries(text);
    const mentions = findPlaces(text, { countries });
    for (const e of events) {
      total++;
      const name = e.place ?? e.admin1 ?? '';
      const byName = resolvePlace(name, { countries: e.country ? [e.country] : [] });
      const ok = byName !== null && matches(byName, e);
      const inText = mentions.some((m) => matches(m.place, e));
      resolved += Number(ok);
      found += Number(inText);
      if (all || !ok || !inText)
        console.log(
          `${stem}\t${e.country}\t${e.admin1 ?? '-'}\t${e.place ?? '-'}\tresolve:${ok ? 'ok' : byName ? `${byName.name}/${byName.country}` : 'none'}\ttext:${inText ? 'ok' : 'MISS'}\tcontext:${countries.slice(0, 3).join(',')}`,
        );
    }
  }
}
console.log(
  `gold places: ${total}; resolved by name within 50 km or by name: ${resolved} (${((100 * resolved) / total).toFixed(1)}%); found in the text: ${found} (${((100 * found) / total).toFixed(1)}%)`,
);
