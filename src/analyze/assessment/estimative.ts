/** One step of the estimative-language scale (US ICD 203), with the probabilities it covers. */
export interface EstimativeTerm {
  term: string;
  /** Lowest probability the term covers (inclusive). */
  from: number;
  to: number;
}

/** The standard scale, from the US Intelligence Community Directive 203. */
export const ESTIMATIVE_SCALE: EstimativeTerm[] = [
  { term: 'almost no chance', from: 0, to: 0.05 },
  { term: 'very unlikely', from: 0.05, to: 0.2 },
  { term: 'unlikely', from: 0.2, to: 0.45 },
  { term: 'roughly even chance', from: 0.45, to: 0.55 },
  { term: 'likely', from: 0.55, to: 0.8 },
  { term: 'very likely', from: 0.8, to: 0.95 },
  { term: 'almost certain', from: 0.95, to: 1.0001 },
];

/** The term for a probability, and its range written as "55-80%". */
export function estimativeTerm(probability: number): EstimativeTerm & { range: string } {
  const step =
    ESTIMATIVE_SCALE.find((s) => probability >= s.from && probability < s.to) ?? ESTIMATIVE_SCALE[6]!;
  return { ...step, range: `${Math.round(step.from * 100)}-${Math.min(100, Math.round(step.to * 100))}%` };
}

/** What the confidence rule reads. */
export interface ConfidenceInputs {
  /** Documents with claims in the matrix, plus event datasets with data items. */
  independentSources: number;
  dataItems: number;
  /** Weighted mean reliability of the items (A = 1 ... E = 0.2, F = 0.5). */
  meanReliability: number;
  /** Items whose removal alone changes the leading hypothesis. */
  criticalItems: number;
}

/** A confidence level and the reasons for it. */
export interface Confidence {
  level: 'high' | 'moderate' | 'low';
  reason: string;
}

/**
 * The confidence rule: **low** when the lead hangs on a single item, when there is no event data, or
 * when fewer than two independent sources speak; **high** when at least three independent sources
 * including event data (two or more indicators) agree well enough that no single item changes the
 * lead, and the sources are on average usually reliable (B, 0.7) or better; **moderate** otherwise.
 */
export function confidenceOf(x: ConfidenceInputs): Confidence {
  const facts = [
    `${x.independentSources} independent source${x.independentSources === 1 ? '' : 's'}`,
    x.dataItems ? `${x.dataItems} indicator${x.dataItems === 1 ? '' : 's'} from event data` : 'no event data',
    `mean source reliability ${x.meanReliability.toFixed(2)}`,
    x.criticalItems
      ? `the lead changes if ${x.criticalItems === 1 ? 'one item is' : `any one of ${x.criticalItems} items is`} removed`
      : 'no single item changes the lead',
  ].join('; ');
  if (x.criticalItems > 0 || x.dataItems === 0 || x.independentSources < 2)
    return { level: 'low', reason: facts };
  if (x.independentSources >= 3 && x.dataItems >= 2 && x.meanReliability >= 0.7)
    return { level: 'high', reason: facts };
  return { level: 'moderate', reason: facts };
}
