import type { FactorFramework } from '../../extract/claims/index.js';
import type { ActivityCell } from '../../store/indicators.js';
import type { AssessmentConfig } from './config.js';
import { indicatorById } from './indicators.js';
import { preferredCells } from './trajectory.js';
import type { EvidenceItem, Reading } from './types.js';

/** Options for {@link evidenceFromData}. */
export interface DataEvidenceOptions {
  /** The actor named in summaries. */
  actor: string;
  /** Years compared: the first and last of the last `years` complete years. Default 3. */
  years?: number;
  /** Change, as a share of the earlier figure, that counts as a rise or a fall. Default 0.2. */
  threshold?: number;
  /** Years to compare, already chosen (the trajectory's complete years). */
  completeYears: number[];
  /** Grades of sources set by the analyst, by name. */
  grades: Map<string, string>;
  relevance: Map<string, number>;
}

/** Reads a change from `before` to `after` as a rise (`for`), a fall (`against`) or `steady`. */
export function readChange(before: number, after: number, threshold = 0.2): Reading {
  const change = (after - before) / Math.max(before, 1);
  if (change >= threshold && after - before >= 2) return 'for';
  if (change <= -threshold && before - after >= 2) return 'against';
  return 'steady';
}

const WORDS: Record<Reading, string> = { for: 'rose', against: 'fell', steady: 'held steady' };
const ORIGIN_NAMES: Record<string, string> = {
  ucdp: 'UCDP',
  acled: 'ACLED',
  gtd: 'GTD',
  document: 'documents',
};
const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * Evidence items from stored events: for each factor, each indicator it names (factors.yaml) that
 * has any events in the compared years, read as a rise, a fall or steady between the first and the
 * last complete year of the window ("events in the core fell from 2,345 in 2017 to 410 in 2019").
 */
export function evidenceFromData(
  all: ActivityCell[],
  framework: FactorFramework,
  config: AssessmentConfig,
  options: DataEvidenceOptions,
): EvidenceItem[] {
  const cells = preferredCells(all);
  const window = options.completeYears.slice(-(options.years ?? 3));
  if (window.length < 2) return [];
  const [from, to] = [window[0]!, window[window.length - 1]!];
  const origins = [...new Set(cells.map((c) => c.origin))].sort();
  const source = origins.map((o) => ORIGIN_NAMES[o] ?? o).join(', ');
  const gradeOf = (o: string) => options.grades.get(o) ?? config.sourceGrades[o] ?? config.defaultGrade;
  const grades = origins.map(gradeOf).sort();
  const grade = grades[grades.length - 1] ?? config.defaultGrade;
  const items: EvidenceItem[] = [];
  for (const factor of framework.factors) {
    for (const id of factor.indicators) {
      const indicator = indicatorById(id)!;
      const series = indicator.compute(cells, config.scopes);
      const before = series.get(from) ?? 0;
      const after = series.get(to) ?? 0;
      if (!window.some((y) => (series.get(y) ?? 0) > 0)) continue;
      const reading = readChange(before, after, options.threshold);
      const key = `data/${id}${factor.indicators.length && countUses(framework, id) > 1 ? `/${factor.id}` : ''}`;
      const relevance = options.relevance.get(key) ?? 1;
      const reliability = config.grades[grade]?.weight ?? 0.5;
      const change =
        reading === 'steady'
          ? `held steady (${fmt(before)} in ${from}, ${fmt(after)} in ${to})`
          : `${WORDS[reading]} from ${fmt(before)} in ${from} to ${fmt(after)} in ${to}`;
      items.push({
        key,
        kind: 'data',
        factor: factor.id,
        reading,
        scope: indicator.scope,
        summary: `${options.actor} ${indicator.measures} ${change} (${source})`,
        source,
        documentId: null,
        grade,
        period: `${from}/${to}`,
        quotes: [],
        weights: { reliability, relevance, firmness: 1, dependence: 1 },
        weight: reliability * relevance,
      });
    }
  }
  return items;
}

const countUses = (framework: FactorFramework, id: string) =>
  framework.factors.filter((f) => f.indicators.includes(id)).length;
