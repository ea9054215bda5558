import type { Claim, StanceReading } from '../model/claim.js';
import type { CleanDocument } from '../model/document.js';
import type { DocumentEvent } from '../model/event.js';
import type { DuckDBValue } from '@duckdb/node-api';
import type { Queryable } from './database.js';
import { insertRows, type InsertColumn } from './insert-rows.js';
import { insertClaims } from './claims.js';
import { dateInterval, isoDay } from './dates.js';

/** Everything stored for one version of a document, written in one transaction. */
export interface DocumentRecord {
  clean: CleanDocument;
  /** Identifies the content: the same hash at the same source is the same version. */
  contentHash: string;
  byteSize: number;
  events: DocumentEvent[];
  /** Claims about the factor framework, and the document's stance. */
  claims?: Claim[];
  stance?: StanceReading | null;
}

/** The outcome of saving one document. */
export interface SaveResult {
  status: 'stored' | 'unchanged';
  id: number;
  version: number;
}

/** The outcome of saving one document of a batch: saved, or why it could not be. */
export type SaveOutcome = SaveResult | { status: 'failed'; reason: string };

interface Transactional extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

const DOCUMENT_COLUMNS: InsertColumn[] = [
  { name: 'source' },
  { name: 'version' },
  { name: 'content_hash' },
  { name: 'format' },
  { name: 'title' },
  { name: 'authors', sql: `from_json(?, '["VARCHAR"]')` },
  { name: 'published', sql: '?::date' },
  { name: 'publisher' },
  { name: 'url' },
  { name: 'language' },
  { name: 'text' },
  { name: 'byte_size' },
];

const EVENT_COLUMNS: InsertColumn[] = [
  'origin',
  'source_id',
  'document_id',
  'type',
  'date',
  'date_precision',
  'date_start:date',
  'date_end:date',
  'country',
  'admin1',
  'place',
  'lat',
  'lon',
  'location_precision',
  'perpetrator',
  'unit',
  'target',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'attackers_killed',
  'injured',
  'injured_low',
  'injured_high',
  'claimed',
  'confidence',
  'evidence',
].map((c) => {
  const [name, type] = c.split(':') as [string, string | undefined];
  return type ? { name, sql: `?::${type}` } : { name };
});

function eventRow(documentId: number, index: number, e: DocumentEvent): DuckDBValue[] {
  const { start, end } = dateInterval(e.date);
  return [
    'document',
    `${documentId}#${index + 1}`,
    documentId,
    e.type,
    e.date,
    e.datePrecision,
    start,
    end,
    e.country,
    e.admin1,
    e.place,
    e.lat,
    e.lon,
    e.locationPrecision,
    e.perpetrator,
    e.unit,
    e.target,
    e.fatalities,
    e.fatalitiesLow,
    e.fatalitiesHigh,
    e.attackersKilled,
    e.injured,
    e.injuredLow,
    e.injuredHigh,
    e.claimed,
    e.confidence,
    JSON.stringify(e.evidence),
  ];
}

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

/** Writes a batch inside one transaction; throws (rolling everything back) if any row fails. */
async function writeBatch(tx: Queryable, records: DocumentRecord[]): Promise<SaveResult[]> {
  const hashes = [...new Set(records.map((r) => r.contentHash))];
  const sources = [...new Set(records.map((r) => r.clean.source))];
  const known = new Map(
    (
      await tx.all<{ content_hash: string; id: number; version: number }>(
        `select content_hash, min(id) as id, arg_min(version, id) as version from documents
         where content_hash in (${placeholders(hashes.length)}) group by content_hash`,
        hashes,
      )
    ).map((r) => [r.content_hash, { id: r.id, version: r.version }]),
  );
  const versions = new Map(
    (
      await tx.all<{ source: string; version: number }>(
        `select source, max(version) as version from documents where source in (${placeholders(sources.length)})
         group by source`,
        sources,
      )
    ).map((r) => [r.source, r.version]),
  );
  const results: SaveResult[] = new Array(records.length);
  const fresh: { record: DocumentRecord; version: number; index: number }[] = [];
  const freshByHash = new Map<string, number>();
  const repeats: { index: number; of: number }[] = [];
  records.forEach((record, index) => {
    const seen = known.get(record.contentHash);
    const earlier = freshByHash.get(record.contentHash);
    if (seen) results[index] = { status: 'unchanged', ...seen };
    else if (earlier !== undefined) repeats.push({ index, of: earlier });
    else {
      const version = (versions.get(record.clean.source) ?? 0) + 1;
      versions.set(record.clean.source, version);
      freshByHash.set(record.contentHash, fresh.length);
      fresh.push({ record, version, index });
    }
  });
  const ids = await insertRows<{ id: number }>(
    tx,
    'documents',
    DOCUMENT_COLUMNS,
    fresh.map(({ record: { clean, contentHash, byteSize }, version }) => [
      clean.source,
      version,
      contentHash,
      clean.format,
      clean.title,
      JSON.stringify(clean.authors),
      clean.published,
      clean.publisher,
      clean.url,
      clean.language,
      clean.text,
      byteSize,
    ]),
    'id',
  );
  const eventRows = fresh.flatMap(({ record }, i) => record.events.map((e, k) => eventRow(ids[i]!.id, k, e)));
  await insertRows(tx, 'events', EVENT_COLUMNS, eventRows);
  await insertClaims(
    tx,
    fresh.map(({ record }, i) => ({
      documentId: ids[i]!.id,
      claims: record.claims ?? [],
      stance: record.stance ?? null,
    })),
  );
  fresh.forEach(({ version, index }, i) => (results[index] = { status: 'stored', id: ids[i]!.id, version }));
  for (const { index, of } of repeats) {
    results[index] = { status: 'unchanged', id: ids[of]!.id, version: fresh[of]!.version };
  }
  return results;
}

/**
 * Stores a batch of documents, each with everything derived from it, in one transaction. Content
 * already stored (the same hash) changes nothing; new content at a known source becomes its next
 * version. If the batch cannot be written, each document is retried in a transaction of its own,
 * so one bad document fails alone and nothing is ever half-written.
 */
export async function saveDocuments(db: Transactional, records: DocumentRecord[]): Promise<SaveOutcome[]> {
  if (records.length === 0) return [];
  try {
    return await db.transaction((tx) => writeBatch(tx, records));
  } catch (error) {
    if (records.length === 1) return [{ status: 'failed', reason: (error as Error).message.split('\n')[0]! }];
    const outcomes: SaveOutcome[] = [];
    for (const record of records) outcomes.push(...(await saveDocuments(db, [record])));
    return outcomes;
  }
}

/** Stores one document and everything derived from it in one transaction; throws if it cannot. */
export async function saveDocument(db: Transactional, record: DocumentRecord): Promise<SaveResult> {
  return db.transaction(async (tx) => (await writeBatch(tx, [record]))[0]!);
}

/** A stored document without its text, as `resurgence documents` lists it. */
export interface DocumentSummary {
  id: number;
  source: string;
  version: number;
  title: string | null;
  authors: string[];
  published: string | null;
  publisher: string | null;
  url: string | null;
  events: number;
  ingestedAt: string;
}

/** A stored document with its text. */
export interface StoredDocument extends DocumentSummary {
  format: string;
  language: string | null;
  text: string;
  contentHash: string;
}

interface DocumentRow {
  id: number;
  source: string;
  version: number;
  title: string | null;
  authors: string[];
  published: unknown;
  publisher: string | null;
  url: string | null;
  events: number;
  ingested_at: Date;
  format: string;
  language: string | null;
  text: string;
  content_hash: string;
}

const summaryOf = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  source: r.source,
  version: r.version,
  title: r.title,
  authors: r.authors,
  published: isoDay(r.published),
  publisher: r.publisher,
  url: r.url,
  events: Number(r.events),
  ingestedAt: r.ingested_at.toISOString(),
});

const SELECT_DOCUMENTS = `select d.*, (select count(*)::int from events e where e.document_id = d.id) as events
  from documents d`;

/** Stored documents, newest first. Only the latest version of each source unless `allVersions`. */
export async function listDocuments(
  db: Queryable,
  options: { limit?: number; allVersions?: boolean } = {},
): Promise<DocumentSummary[]> {
  const latest = options.allVersions
    ? ''
    : 'where d.version = (select max(version) from documents x where x.source = d.source)';
  const rows = await db.all<DocumentRow>(`${SELECT_DOCUMENTS} ${latest} order by d.id desc limit $1`, [
    options.limit ?? 1000,
  ]);
  return rows.map(summaryOf);
}

/** One stored document by id, or null. */
export async function getDocument(db: Queryable, id: number): Promise<StoredDocument | null> {
  const [row] = await db.all<DocumentRow>(`${SELECT_DOCUMENTS} where d.id = $1`, [id]);
  if (!row) return null;
  return {
    ...summaryOf(row),
    format: row.format,
    language: row.language,
    text: row.text,
    contentHash: row.content_hash,
  };
}
