import type { Claim, StanceReading } from '../model/claim.js';
import type { Queryable } from './database.js';
import { insertRows, type InsertColumn } from './insert-rows.js';

const CLAIM_COLUMNS: InsertColumn[] = [
  'document_id',
  'ordinal',
  'factor',
  'direction',
  'direction_from',
  'firmness',
  'attribution',
  'period',
  'start_offset',
  'end_offset',
  'text',
].map((name) => ({ name }));

const STANCE_COLUMNS: InsertColumn[] = ['document_id', 'stance', 'balance', 'evidence'].map((name) => ({
  name,
}));

/** Writes the claims and stance of stored documents (inside the caller's transaction). */
export async function insertClaims(
  tx: Queryable,
  documents: { documentId: number; claims: Claim[]; stance: StanceReading | null }[],
): Promise<void> {
  const claimRows = documents.flatMap(({ documentId, claims }) =>
    claims.map((c, i) => [
      documentId,
      i + 1,
      c.factor,
      c.direction,
      c.directionFrom,
      c.firmness,
      c.attribution,
      c.period,
      c.start,
      c.end,
      c.text,
    ]),
  );
  await insertRows(tx, 'claims', CLAIM_COLUMNS, claimRows);
  const stanceRows = documents.flatMap(({ documentId, stance }) =>
    stance ? [[documentId, stance.stance, stance.balance, JSON.stringify(stance.evidence)]] : [],
  );
  await insertRows(tx, 'document_stances', STANCE_COLUMNS, stanceRows);
}

/** A claim as stored: the claim, its document, and its number within the document. */
export interface StoredClaim extends Claim {
  id: number;
  documentId: number;
  ordinal: number;
}

interface ClaimRow {
  id: number;
  document_id: number;
  ordinal: number;
  factor: string;
  direction: Claim['direction'];
  direction_from: Claim['directionFrom'] | null;
  firmness: Claim['firmness'];
  attribution: string;
  period: string | null;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** Stored claims, of the given documents or of all, in document and text order. */
export async function listClaims(db: Queryable, documentIds?: number[]): Promise<StoredClaim[]> {
  const where = documentIds ? `where document_id in (${documentIds.map(Number).join(',') || 'null'})` : '';
  const rows = await db.all<ClaimRow>(`select * from claims ${where} order by document_id, ordinal`);
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    ordinal: r.ordinal,
    factor: r.factor,
    direction: r.direction,
    directionFrom: r.direction_from ?? 'text',
    firmness: r.firmness,
    attribution: r.attribution,
    period: r.period,
    start: r.start_offset,
    end: r.end_offset,
    text: r.text,
  }));
}

/** The stance of each document that takes one, by document id. */
export async function documentStances(db: Queryable): Promise<Map<number, StanceReading>> {
  const rows = await db.all<{
    document_id: number;
    stance: StanceReading['stance'];
    balance: number;
    evidence: string;
  }>('select document_id, stance, balance, evidence::varchar as evidence from document_stances');
  return new Map(
    rows.map((r) => [
      r.document_id,
      { stance: r.stance, balance: r.balance, evidence: JSON.parse(r.evidence) },
    ]),
  );
}
