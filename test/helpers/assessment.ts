import type { CleanDocument } from '../../src/model/document.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { Database } from '../../src/store/database.js';
import { saveDocument } from '../../src/store/documents.js';

/** Two short analyses of our own that disagree on manpower and resources and agree on state capacity. */
export const GLOOMY = [
  'The group cannot make a comeback in the river provinces.',
  'Government troops have strengthened their hold on the towns.',
  'Its recruits have dwindled since 2021.',
  'Its revenue from extortion has shrunk.',
].join('\n\n');

export const HOPEFUL = [
  'The group is recovering through its provinces.',
  'Government troops have strengthened their hold on the capital.',
  'A prison break last spring freed hundreds of fighters.',
  'The network has rebuilt its finances through kidnapping for ransom.',
  'Its African provinces have expanded their operations.',
].join('\n\n');

const clean = (source: string, text: string, publisher: string): CleanDocument => ({
  source,
  format: 'text',
  text,
  title: source.replace(/\.txt$/, ''),
  authors: [],
  published: '2024-01-15',
  publisher,
  url: null,
  language: 'en',
});

/** Stores a document with the claims and stance the extractor reads from it; returns its id. */
export async function storeAnalysis(
  db: Database,
  source: string,
  text: string,
  publisher: string,
): Promise<number> {
  const doc = clean(source, text, publisher);
  const { events, claims, stance } = extractDocument(doc);
  const saved = await saveDocument(db, {
    clean: doc,
    contentHash: source,
    byteSize: text.length,
    events,
    claims,
    stance,
  });
  return saved.id;
}

/** An event row for tests: origin, id, date, country and deaths, the rest defaulted. */
export async function insertEvent(
  db: Database,
  e: {
    origin?: string;
    id: string;
    date: string;
    country: string;
    admin1?: string | null;
    place?: string | null;
    type?: string;
    fatalities?: number | null;
    documentId?: number | null;
    unit?: string | null;
    target?: string | null;
  },
): Promise<void> {
  await db.run(
    `insert into events (origin, source_id, document_id, type, date, date_precision, date_start, date_end, country,
       admin1, place, perpetrator, unit, target, fatalities, evidence)
     values ($1, $2, $3, $4, $5, 'day', $5::date, $5::date, $6, $7, $8, 'Islamic State', $9, $10, $11, $12)`,
    [
      e.origin ?? 'ucdp',
      e.id,
      e.documentId ?? null,
      e.type ?? 'attack',
      e.date,
      e.country,
      e.admin1 ?? null,
      e.place ?? null,
      e.unit ?? null,
      e.target ?? null,
      e.fatalities ?? null,
      JSON.stringify([{ start: 0, end: 10 }]),
    ],
  );
}
