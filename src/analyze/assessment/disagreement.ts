import type { FactorFramework } from '../../extract/claims/index.js';
import type { StoredClaim } from '../../store/claims.js';
import { documentName, quoteOf, type SourceDocument } from './claim-evidence.js';
import type { EvidenceItem, Quote, Reading } from './types.js';

/** What one document says about one factor. */
export interface Position {
  documentId: number;
  document: string;
  /** `mixed` when it argues both ways without a two-thirds majority. */
  direction: 'for' | 'against' | 'mixed';
  quotes: Quote[];
  /** Whether the event data on this factor reads the same way; null without data or when steady/mixed. */
  dataAgrees: boolean | null;
}

/** Where the documents stand on one factor, and what the event data says. */
export interface FactorComparison {
  factor: string;
  label: string;
  status: 'agree' | 'disagree' | 'partly' | 'one source';
  positions: Position[];
  data: { key: string; summary: string; reading: Reading }[];
}

const STATUS_ORDER: FactorComparison['status'][] = ['disagree', 'partly', 'agree', 'one source'];

function directionOf(claims: StoredClaim[]): Position['direction'] {
  const w = (c: StoredClaim) => (c.firmness === 'hedged' ? 0.5 : 1);
  const pro = claims.filter((c) => c.direction === 'for').reduce((n, c) => n + w(c), 0);
  const con = claims.filter((c) => c.direction === 'against').reduce((n, c) => n + w(c), 0);
  if (pro >= 2 * con) return 'for';
  if (con >= 2 * pro) return 'against';
  return 'mixed';
}

/**
 * Compares documents factor by factor: what each says (quoted, with offsets), whether they agree
 * (`disagree` when one argues `for` and another `against`; `partly` when one of them is mixed), and
 * what the event data says on the same factor. Factors no document speaks to are left out; the
 * disagreements come first.
 */
export function compareDocuments(
  claims: StoredClaim[],
  documents: SourceDocument[],
  framework: FactorFramework,
  dataItems: EvidenceItem[],
): FactorComparison[] {
  const out: FactorComparison[] = [];
  for (const factor of framework.factors) {
    const data = dataItems
      .filter((d) => d.factor === factor.id)
      .map((d) => ({ key: d.key, summary: d.summary, reading: d.reading }));
    const dataReading = new Set(data.map((d) => d.reading).filter((r) => r !== 'steady'));
    const positions: Position[] = [];
    for (const doc of documents) {
      const own = claims.filter((c) => c.documentId === doc.id && c.factor === factor.id);
      if (!own.length) continue;
      const direction = directionOf(own);
      const dataAgrees = dataReading.size === 1 && direction !== 'mixed' ? dataReading.has(direction) : null;
      positions.push({
        documentId: doc.id,
        document: documentName(doc),
        direction,
        quotes: own.map(quoteOf),
        dataAgrees,
      });
    }
    if (!positions.length) continue;
    const directions = new Set(positions.map((p) => p.direction));
    const status: FactorComparison['status'] =
      positions.length < 2
        ? 'one source'
        : directions.has('for') && directions.has('against')
          ? 'disagree'
          : directions.size === 1 && !directions.has('mixed')
            ? 'agree'
            : 'partly';
    out.push({ factor: factor.id, label: factor.label, status, positions, data });
  }
  return out.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}
