import type { Queryable } from './database.js';

/** An analyst's rating of one evidence item against one hypothesis, overriding the proposal. */
export interface StoredRating {
  evidenceKey: string;
  hypothesis: string;
  rating: string;
  note: string | null;
}

/** Stores (or replaces) an analyst's rating of an evidence item against a hypothesis. */
export async function setRating(db: Queryable, r: StoredRating): Promise<void> {
  await db.run(
    `insert or replace into ach_ratings (evidence_key, hypothesis, rating, note, updated_at)
     values ($1, $2, $3, $4, current_timestamp)`,
    [r.evidenceKey, r.hypothesis, r.rating, r.note],
  );
}

/** Removes an analyst's rating, so that the proposal applies again. Returns whether one was there. */
export async function clearRating(db: Queryable, evidenceKey: string, hypothesis: string): Promise<boolean> {
  const rows = await db.all<{ n: number }>(
    'delete from ach_ratings where evidence_key = $1 and hypothesis = $2 returning 1 as n',
    [evidenceKey, hypothesis],
  );
  return rows.length > 0;
}

/** Every stored rating. */
export async function listRatings(db: Queryable): Promise<StoredRating[]> {
  const rows = await db.all<{
    evidence_key: string;
    hypothesis: string;
    rating: string;
    note: string | null;
  }>('select evidence_key, hypothesis, rating, note from ach_ratings order by evidence_key, hypothesis');
  return rows.map((r) => ({
    evidenceKey: r.evidence_key,
    hypothesis: r.hypothesis,
    rating: r.rating,
    note: r.note,
  }));
}

/** Stores the relevance weight (0..1) the analyst gives an evidence item. */
export async function setRelevance(
  db: Queryable,
  evidenceKey: string,
  relevance: number,
  note: string | null,
) {
  await db.run(
    `insert or replace into evidence_weights (evidence_key, relevance, note, updated_at)
     values ($1, $2, $3, current_timestamp)`,
    [evidenceKey, relevance, note],
  );
}

/** Relevance weights the analyst has set, by evidence key. */
export async function listRelevance(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.all<{ evidence_key: string; relevance: number }>(
    'select evidence_key, relevance from evidence_weights',
  );
  return new Map(rows.map((r) => [r.evidence_key, r.relevance]));
}

/** Stores the reliability grade (Admiralty A-F) of a source: an outlet, or a dataset origin. */
export async function setReliability(db: Queryable, source: string, grade: string, note: string | null) {
  await db.run(
    `insert or replace into source_reliability (source, reliability, note, updated_at)
     values ($1, $2, $3, current_timestamp)`,
    [source, grade, note],
  );
}

/** Reliability grades the analyst has set, by source name. */
export async function listReliability(
  db: Queryable,
): Promise<Map<string, { grade: string; note: string | null }>> {
  const rows = await db.all<{ source: string; reliability: string; note: string | null }>(
    'select source, reliability, note from source_reliability order by source',
  );
  return new Map(rows.map((r) => [r.source, { grade: r.reliability, note: r.note }]));
}
