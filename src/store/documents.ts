import type { Claim, StanceReading } from '../model/claim.js';
import type { CleanDocument } from '../model/document.js';
import type { DocumentEvent } from '../model/event.js';
import { insertClaims } from './claims.js';
import type { Queryable } from './database.js';
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

/** The outcome of {@link saveDocument}. */
export interface SaveResult {
  status: 'stored' | 'unchanged';
  id: number;
  version: number;
}

interface Transactional extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * Stores a document and everything derived from it in one transaction. Content already stored
 * (the same hash) changes nothing; new content at a known source becomes its next version.
 */
export function saveDocument(db: Transactional, record: DocumentRecord): Promise<SaveResult> {
  const { clean } = record;
  return db.transaction(async (tx) => {
    const known = await tx.all<{ id: number; version: number }>(
      'select id, version from documents where content_hash = $1 order by id limit 1',
      [record.contentHash],
    );
    if (known[0]) return { status: 'unchanged', ...known[0] };
    const [last] = await tx.all<{ version: number | null }>(
      'select max(version) as version from documents where source = $1',
      [clean.source],
    );
    const version = (last?.version ?? 0) + 1;
    const [row] = await tx.all<{ id: number }>(
      `insert into documents (source, version, content_hash, format, title, authors, published, publisher, url,
         language, text, byte_size)
       values ($1, $2, $3, $4, $5, from_json($6, '["VARCHAR"]'), $7::date, $8, $9, $10, $11, $12) returning id`,
      [
        clean.source,
        version,
        record.contentHash,
        clean.format,
        clean.title,
        JSON.stringify(clean.authors),
        clean.published,
        clean.publisher,
        clean.url,
        clean.language,
        clean.text,
        record.byteSize,
      ],
    );
    const id = row!.id;
    for (const [index, event] of record.events.entries()) await insertDocumentEvent(tx, id, index, event);
    await insertClaims(tx, id, record.claims ?? [], record.stance ?? null);
    return { status: 'stored', id, version };
  });
}

async function insertDocumentEvent(tx: Queryable, documentId: number, index: number, e: DocumentEvent) {
  const { start, end } = dateInterval(e.date);
  await tx.run(
    `insert into events (origin, source_id, document_id, type, date, date_precision, date_start, date_end,
       country, admin1, place, lat, lon, location_precision, perpetrator, unit, target, fatalities,
       fatalities_low, fatalities_high, attackers_killed, injured, injured_low, injured_high, claimed,
       confidence, evidence)
     values ('document', $1, $2, $3, $4, $5, $6::date, $7::date, $8, $9, $10, $11, $12, $13, $14, $15, $16,
       $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)`,
    [
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
    ],
  );
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
