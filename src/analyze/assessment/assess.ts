import type { Stance } from '../../model/claim.js';
import {
  diagnosticity,
  supportRanking,
  scoreMatrix,
  sensitivity,
  type Diagnosticity,
  type HypothesisScore,
  type Sensitivity,
} from './ach.js';
import { documentName, evidenceFromClaims, outletOf } from './claim-evidence.js';
import { findContradictions, type Contradiction } from './contradictions.js';
import { evidenceFromData } from './data-evidence.js';
import { compareDocuments, type FactorComparison } from './disagreement.js';
import { confidenceOf, estimativeTerm, type Confidence } from './estimative.js';
import type { AssessmentInputs } from './inputs.js';
import { buildMatrix } from './matrix.js';
import { scorecard, type FactorScore } from './scorecard.js';
import { trajectoryOf, type Trajectory } from './trajectory.js';
import type { Matrix } from './types.js';
import { judgments } from './judgments.js';

/** A hypothesis as the brief ranks it. */
export interface RankedHypothesis extends HypothesisScore {
  label: string;
  statement: string;
  /** The items that most set it apart, most diagnostic first. */
  mostDiagnostic: { key: string; summary: string; rating: string; diagnosticity: number }[];
}

/** The bottom line: the leading hypothesis in estimative language, with a confidence level and why. */
export interface BottomLine {
  hypothesis: string;
  label: string;
  probability: number;
  term: string;
  range: string;
  confidence: Confidence;
  sentence: string;
}

/** Where one document's own evidence points. */
export interface DocumentView {
  documentId: number;
  document: string;
  stance: Stance | null;
  /** Hypotheses ranked on this document's claims alone, by their net consistency with them. */
  ranking: string[];
  supports: string;
}

/** A source the brief cites. */
export interface CitedSource {
  kind: 'document' | 'dataset';
  id: string;
  name: string;
  detail: string;
  grade: string;
  url: string | null;
}

/** The whole assessment, as every brief format renders it. */
export interface Assessment {
  actor: string;
  unit: string | null;
  bottomLine: BottomLine | null;
  keyJudgments: string[];
  hypotheses: RankedHypothesis[];
  matrix: Matrix;
  diagnosticity: Diagnosticity[];
  sensitivity: Sensitivity[];
  scorecard: FactorScore[];
  disagreements: FactorComparison[];
  contradictions: Contradiction[];
  documents: DocumentView[];
  trajectory: Trajectory;
  sources: CitedSource[];
}

const DATASET_CITATIONS: Record<string, string> = {
  ucdp: 'UCDP Georeferenced Event Dataset (Sundberg and Melander 2013; Davies, Pettersson and Öberg 2022)',
  acled: 'Armed Conflict Location & Event Data (ACLED)',
  gtd: 'Global Terrorism Database (START, University of Maryland)',
  document: 'events read from the documents listed here',
};

function sentenceFor(term: string, range: string, statement: string): string {
  const claim = statement.charAt(0).toLowerCase() + statement.slice(1).replace(/\.$/, '');
  if (term.endsWith('chance'))
    return `There is ${term === 'roughly even chance' ? 'a ' : ''}${term} (${range}) that ${claim}.`;
  return `It is ${term} (${range}) that ${claim}.`;
}

/**
 * Weighs the evidence: builds evidence items from claims and event data, the matrix (proposals
 * overridden by the analyst's ratings), Heuer's scores, diagnosticity and sensitivity, the bottom
 * line in estimative language with its confidence, the factor scorecard, the documents compared
 * factor by factor, contradictions between sources, the trajectory and the sources cited.
 */
export function assess(inputs: AssessmentInputs, options: { years?: number } = {}): Assessment {
  const { framework, config } = inputs;
  const trajectory = trajectoryOf(inputs.cells, config.scopes);
  const claimItems = evidenceFromClaims(inputs.claims, inputs.documents, framework, config, inputs);
  const dataItems = evidenceFromData(inputs.cells, framework, config, {
    actor: inputs.actor,
    years: options.years,
    completeYears: trajectory.comparableYears,
    grades: inputs.grades,
    relevance: inputs.relevance,
  });
  const matrix = buildMatrix([...dataItems, ...claimItems], config.hypotheses, inputs.ratings);
  const scores = scoreMatrix(matrix);
  const diag = diagnosticity(matrix);
  const sens = sensitivity(matrix);
  const hypotheses: RankedHypothesis[] = config.hypotheses
    .map((h, j) => ({
      ...scores[j]!,
      label: h.label,
      statement: h.statement,
      mostDiagnostic: matrix.items
        .map((item, i) => ({
          key: item.key,
          summary: item.summary,
          rating: matrix.cells[i]![j]!.rating,
          diagnosticity: diag[i]!.value,
        }))
        .filter((d) => d.diagnosticity > 0)
        .sort((a, b) => b.diagnosticity - a.diagnosticity)
        .slice(0, 3),
    }))
    .sort((a, b) => a.rank - b.rank);
  const lead = hypotheses[0];
  const sources = citedSources(inputs);
  const bottomLine =
    lead && matrix.items.length ? bottomLineOf(inputs, matrix, lead, sens, dataItems.length) : null;
  const disagreements = compareDocuments(inputs.claims, inputs.documents, framework, dataItems);
  const contradictions = findContradictions(inputs.pairs, inputs.documents);
  const documents = documentViews(inputs, matrix);
  const card = scorecard(matrix.items, framework);
  return {
    actor: inputs.actor,
    unit: inputs.unit,
    bottomLine,
    keyJudgments: judgments({
      hypotheses,
      bottomLine,
      matrix,
      diag,
      sens,
      disagreements,
      contradictions,
      dataItems,
      documents,
    }),
    hypotheses,
    matrix,
    diagnosticity: diag,
    sensitivity: sens,
    scorecard: card,
    disagreements,
    contradictions,
    documents,
    trajectory,
    sources,
  };
}

function bottomLineOf(
  inputs: AssessmentInputs,
  matrix: Matrix,
  lead: RankedHypothesis,
  sens: Sensitivity[],
  dataItems: number,
): BottomLine {
  const { term, range } = estimativeTerm(lead.probability);
  const totalWeight = matrix.items.reduce((n, i) => n + i.weight, 0);
  const meanReliability = totalWeight
    ? matrix.items.reduce((n, i) => n + i.weight * i.weights.reliability, 0) / totalWeight
    : 0;
  const documentsSpeaking = new Set(
    matrix.items.filter((i) => i.documentId !== null).map((i) => i.documentId),
  ).size;
  const datasets = dataItems
    ? new Set(inputs.cells.filter((c) => c.origin !== 'document').map((c) => c.origin)).size || 1
    : 0;
  const confidence = confidenceOf({
    independentSources: documentsSpeaking + datasets,
    dataItems,
    meanReliability,
    criticalItems: sens.filter((s) => s.leaderChanges).length,
  });
  return {
    hypothesis: lead.id,
    label: lead.label,
    probability: lead.probability,
    term,
    range,
    confidence,
    sentence: `${sentenceFor(term, range, lead.statement)} (${lead.id}, ${lead.label.toLowerCase()}; ${confidence.level} confidence.)`,
  };
}

function documentViews(inputs: AssessmentInputs, matrix: Matrix): DocumentView[] {
  const views: DocumentView[] = [];
  for (const doc of inputs.documents) {
    const rows = matrix.items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item.documentId === doc.id);
    if (!rows.length && !inputs.stances.has(doc.id)) continue;
    // What a document argues for: the hypothesis its own items are most consistent with, on balance.
    const order = rows.length
      ? supportRanking(
          scoreMatrix({
            hypotheses: matrix.hypotheses,
            items: rows.map((r) => r.item),
            cells: rows.map((r) => matrix.cells[r.i]!),
          }),
        )
      : [];
    const best = matrix.hypotheses.find((h) => h.id === order[0]);
    views.push({
      documentId: doc.id,
      document: documentName(doc),
      stance: inputs.stances.get(doc.id)?.stance ?? null,
      ranking: order,
      supports: best
        ? `${best.id} (${best.label})${order.length > 1 ? `, then ${order.slice(1).join(', then ')}` : ''}`
        : 'none',
    });
  }
  return views;
}

function citedSources(inputs: AssessmentInputs): CitedSource[] {
  const gradeOf = (name: string) =>
    inputs.grades.get(name) ?? inputs.config.sourceGrades[name] ?? inputs.config.defaultGrade;
  const docs: CitedSource[] = inputs.documents.map((d) => ({
    kind: 'document',
    id: `doc${d.id}`,
    name: documentName(d),
    detail: [d.authors.join(', '), d.publisher, d.published, d.source].filter(Boolean).join(' · '),
    grade: gradeOf(outletOf(d)),
    url: d.url,
  }));
  const sets: CitedSource[] = inputs.coverage.map((c) => ({
    kind: 'dataset',
    id: c.origin,
    name: DATASET_CITATIONS[c.origin] ?? c.origin,
    detail: `${c.events.toLocaleString('en-GB')} ${inputs.actor} events, ${c.first ?? '?'} to ${c.last ?? '?'}`,
    grade: gradeOf(c.origin),
    url: null,
  }));
  return [...docs, ...sets];
}
