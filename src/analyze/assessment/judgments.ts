import type { Diagnosticity, Sensitivity } from './ach.js';
import type { BottomLine, DocumentView, RankedHypothesis } from './assess.js';
import type { Contradiction } from './contradictions.js';
import type { FactorComparison } from './disagreement.js';
import type { EvidenceItem, Matrix } from './types.js';

/** What the key judgments are written from. */
export interface JudgmentInputs {
  hypotheses: RankedHypothesis[];
  bottomLine: BottomLine | null;
  matrix: Matrix;
  diag: Diagnosticity[];
  sens: Sensitivity[];
  disagreements: FactorComparison[];
  contradictions: Contradiction[];
  dataItems: EvidenceItem[];
  documents: DocumentView[];
}

const score = (n: number) => n.toFixed(2);

/**
 * The key judgments, each a sentence a reader can check against the tables that follow: the
 * ranking, what the event data shows, the evidence that discriminates most, where the sources
 * disagree and contradict each other, and what the conclusion hangs on.
 */
export function judgments(x: JudgmentInputs): string[] {
  const out: string[] = [];
  const [lead, ...rest] = x.hypotheses;
  if (!lead || !x.bottomLine)
    return ['No evidence is stored yet: ingest analyses and import event data, then assess again.'];
  out.push(
    `${lead.id} (${lead.label}) is the least contradicted hypothesis: weighted inconsistency ${score(lead.inconsistency)}, against ${rest
      .map((h) => `${score(h.inconsistency)} for ${h.id}`)
      .join(' and ')}.`,
  );
  const moving = x.dataItems.filter((d) => d.reading !== 'steady');
  for (const item of moving.slice(0, 3)) out.push(`${item.summary}.`);
  if (!x.dataItems.length)
    out.push('No event data bears on the factors: the judgment rests on the documents alone.');
  const top = x.diag
    .map((d, i) => ({ d, item: x.matrix.items[i]! }))
    .filter(({ d }) => d.value > 0)
    .sort((a, b) => b.d.value - a.d.value)[0];
  if (top) {
    out.push(
      `The most diagnostic evidence is "${top.item.summary}", which argues against ${top.d.against.join(' and ')}.`,
    );
  }
  const split = x.disagreements.filter((d) => d.status === 'disagree');
  if (split.length) {
    out.push(`The documents disagree on ${split.map((d) => d.label.toLowerCase()).join(', ')}.`);
  }
  for (const view of x.documents.filter((d) => d.ranking.length)) {
    out.push(
      `${view.document} (stance: ${view.stance ?? 'none'}) supports ${view.supports} on its own claims.`,
    );
  }
  if (x.contradictions.length) {
    out.push(
      `${x.contradictions.length} fact${x.contradictions.length === 1 ? ' is' : 's are'} given differently by different sources (see Contradictions).`,
    );
  }
  const critical = x.sens.filter((s) => s.leaderChanges).map((s) => s.key);
  out.push(
    critical.length
      ? `The lead hangs on ${critical.join(', ')}: without ${critical.length === 1 ? 'it' : 'any one of them'} another hypothesis leads.`
      : 'No single item, removed, changes the leading hypothesis.',
  );
  return out;
}
