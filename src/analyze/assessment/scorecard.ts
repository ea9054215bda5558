import type { FactorFramework } from '../../extract/claims/index.js';
import type { EvidenceItem } from './types.js';

/** The balance of evidence on one factor. */
export interface FactorScore {
  factor: string;
  label: string;
  claimsFor: number;
  claimsAgainst: number;
  /** Weighted sum: items for the group count +weight, against -weight, steady 0. */
  balance: number;
  /** What the event data shows on this factor, one line per indicator. */
  data: string[];
  verdict: 'favours the group' | 'hinders the group' | 'balanced' | 'no evidence';
}

/** One row per factor of the framework: claims for and against, event data, and the weighted balance. */
export function scorecard(items: EvidenceItem[], framework: FactorFramework): FactorScore[] {
  return framework.factors.map((factor) => {
    const own = items.filter((i) => i.factor === factor.id);
    const claims = own.filter((i) => i.kind === 'claim');
    const count = (reading: string) =>
      claims.filter((i) => i.reading === reading).reduce((n, i) => n + i.quotes.length, 0);
    const balance =
      Math.round(
        own.reduce(
          (n, i) => n + (i.reading === 'for' ? i.weight : i.reading === 'against' ? -i.weight : 0),
          0,
        ) * 1000,
      ) / 1000;
    const verdict: FactorScore['verdict'] = !own.length
      ? 'no evidence'
      : balance > 0.1
        ? 'favours the group'
        : balance < -0.1
          ? 'hinders the group'
          : 'balanced';
    return {
      factor: factor.id,
      label: factor.label,
      claimsFor: count('for'),
      claimsAgainst: count('against'),
      balance,
      data: own.filter((i) => i.kind === 'data').map((i) => i.summary),
      verdict,
    };
  });
}
