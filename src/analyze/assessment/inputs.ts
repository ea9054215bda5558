import type { FactorFramework } from '../../extract/claims/index.js';
import type { StanceReading } from '../../model/claim.js';
import { documentStances, listClaims, type StoredClaim } from '../../store/claims.js';
import type { Queryable } from '../../store/database.js';
import { getDocument, listDocuments } from '../../store/documents.js';
import {
  activityCells,
  candidateEventPairs,
  eventCoverage,
  type ActivityCell,
  type ComparableEvent,
} from '../../store/indicators.js';
import { listRatings, listRelevance, listReliability, type StoredRating } from '../../store/judgments.js';
import type { SourceDocument } from './claim-evidence.js';
import type { AssessmentConfig } from './config.js';

/** Everything an assessment reads from the database, so that {@link assess} itself stays pure. */
export interface AssessmentInputs {
  actor: string;
  unit: string | null;
  framework: FactorFramework;
  config: AssessmentConfig;
  documents: SourceDocument[];
  claims: StoredClaim[];
  stances: Map<number, StanceReading>;
  cells: ActivityCell[];
  pairs: [ComparableEvent, ComparableEvent][];
  coverage: { origin: string; events: number; first: string | null; last: string | null }[];
  ratings: StoredRating[];
  relevance: Map<string, number>;
  /** Reliability grades the analyst set, by source name. */
  grades: Map<string, string>;
}

/** Options for {@link loadAssessmentInputs}. */
export interface LoadOptions {
  actor: string;
  unit?: string | null;
  /** Documents to weigh (default: the latest version of every document that takes a stance: the analyses). */
  documentIds?: number[];
  framework: FactorFramework;
  config: AssessmentConfig;
}

/** Reads the documents, claims, event indicators and the analyst's judgments an assessment needs. */
export async function loadAssessmentInputs(db: Queryable, options: LoadOptions): Promise<AssessmentInputs> {
  const latest = await listDocuments(db, { limit: 100_000 });
  const allClaims = await listClaims(db);
  const stances = await documentStances(db);
  const wanted = options.documentIds
    ? new Set(options.documentIds)
    : new Set(latest.filter((d) => stances.has(d.id)).map((d) => d.id));
  const documents: SourceDocument[] = [];
  for (const id of [...wanted].sort((a, b) => a - b)) {
    const doc = await getDocument(db, id);
    if (doc) documents.push({ ...doc, text: doc.text });
  }
  const filter = { actor: options.actor, unit: options.unit ?? null };
  const pairs = await candidateEventPairs(db, filter);
  for (const [a, b] of pairs) {
    for (const id of [a.documentId, b.documentId]) {
      if (id !== null && !documents.some((d) => d.id === id)) {
        const doc = await getDocument(db, id);
        if (doc) documents.push({ ...doc, text: doc.text });
      }
    }
  }
  const reliability = await listReliability(db);
  return {
    actor: options.actor,
    unit: options.unit ?? null,
    framework: options.framework,
    config: options.config,
    documents,
    claims: allClaims.filter((c) => wanted.has(c.documentId)),
    stances,
    cells: await activityCells(db, filter),
    pairs,
    coverage: await eventCoverage(db, filter),
    ratings: await listRatings(db),
    relevance: await listRelevance(db),
    grades: new Map([...reliability].map(([source, r]) => [source, r.grade])),
  };
}
