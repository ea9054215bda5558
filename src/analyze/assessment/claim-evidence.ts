import type { FactorFramework, Scope } from '../../extract/claims/index.js';
import type { StoredClaim } from '../../store/claims.js';
import type { AssessmentConfig } from './config.js';
import { scopeOfText } from './scope.js';
import type { EvidenceItem, Quote } from './types.js';

/** A document as the assessment cites it. */
export interface SourceDocument {
  id: number;
  title: string | null;
  publisher: string | null;
  source: string;
  published: string | null;
  url: string | null;
  authors: string[];
  /** The cleaned text, for quoting events; claims carry their own text. */
  text?: string;
}

/** The name a document's source goes by for reliability grading: its outlet, else its file or URL. */
export const outletOf = (doc: SourceDocument) => doc.publisher ?? doc.source;

/** A short name for a document in tables: its title, else its file name. */
export const documentName = (doc: SourceDocument) =>
  doc.title?.replace(/^#+\s*/, '') || (doc.source.split('/').pop() ?? doc.source);

/** A stored claim as a quote of the evidence behind an item. */
export const quoteOf = (c: StoredClaim): Quote => ({
  start: c.start,
  end: c.end,
  text: c.text,
  direction: c.direction,
  directionFrom: c.directionFrom,
  firmness: c.firmness,
  attribution: c.attribution,
  period: c.period,
});

/** Options for {@link evidenceFromClaims}. */
export interface ClaimEvidenceOptions {
  grades: Map<string, string>;
  relevance: Map<string, number>;
}

const majority = <T>(values: T[]): T => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

/**
 * Evidence items from claims: one per document, factor and direction, quoting every claim behind
 * it. Its theatre is the factor's own (factors.yaml `scope`) or the one its sentences name most; its
 * weight is the outlet's reliability x the analyst's relevance x firmness (an asserted claim among
 * them counts as asserted) x 1/sqrt(n) for the n items drawn from the same document, so that one
 * long piece does not outweigh everything else.
 */
export function evidenceFromClaims(
  claims: StoredClaim[],
  documents: SourceDocument[],
  framework: FactorFramework,
  config: AssessmentConfig,
  options: ClaimEvidenceOptions,
): EvidenceItem[] {
  const groups = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const key = `doc${c.documentId}/${c.factor}/${c.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const perDocument = new Map<number, number>();
  for (const list of groups.values())
    perDocument.set(list[0]!.documentId, (perDocument.get(list[0]!.documentId) ?? 0) + 1);
  const items: EvidenceItem[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const doc = documents.find((d) => d.id === first.documentId);
    const factor = framework.factors.find((f) => f.id === first.factor);
    if (!doc || !factor) continue;
    const outlet = outletOf(doc);
    const grade = options.grades.get(outlet) ?? config.sourceGrades[outlet] ?? config.defaultGrade;
    const scope: Scope = factor.scope ?? majority(list.map((c) => scopeOfText(c.text, config.scopes)));
    const asserted = list.some((c) => c.firmness === 'asserted');
    const weights = {
      reliability: config.grades[grade]?.weight ?? 0.5,
      relevance: options.relevance.get(key) ?? 1,
      firmness: asserted ? config.firmness.asserted : config.firmness.hedged,
      dependence: 1 / Math.sqrt(perDocument.get(first.documentId)!),
    };
    const quotes: Quote[] = list.map(quoteOf);
    const claimsWord = list.length === 1 ? '1 claim' : `${list.length} claims`;
    items.push({
      key,
      kind: 'claim',
      factor: factor.id,
      reading: first.direction,
      scope,
      summary: `${documentName(doc)}: ${factor.label.toLowerCase()} ${first.direction === 'for' ? 'favours' : 'hinders'} the group (${claimsWord})`,
      source: outlet,
      documentId: doc.id,
      grade,
      period: list.find((c) => c.period)?.period ?? null,
      quotes,
      weights,
      weight: weights.reliability * weights.relevance * weights.firmness * weights.dependence,
    });
  }
  return items;
}
