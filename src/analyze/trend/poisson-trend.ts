import { twoSidedP, Z95 } from './normal.js';

/** A log-linear trend in monthly counts, with its uncertainty. */
export interface PoissonTrend {
  months: number;
  /** Change of the log rate per month. */
  slope: number;
  /** Its standard error, inflated by the overdispersion. */
  standardError: number;
  /** Pearson chi-square over degrees of freedom, at least 1 (1 = Poisson). */
  dispersion: number;
  /** The trend as a change per year: 0.25 = +25% a year. */
  changePerYear: number;
  /** 95% confidence interval of `changePerYear`. */
  low: number;
  high: number;
  /** Two-sided p-value for no trend. */
  p: number;
}

/**
 * Fits log E[count] = a + b·month to monthly counts by Poisson regression (iteratively reweighted
 * least squares) and widens the standard error by the Pearson dispersion (quasi-Poisson), so that
 * overdispersed event counts do not give false certainty. Null for fewer than 3 months or no events.
 *
 * @example
 *   poissonTrend([10, 12, 15, 18, 22, 26]).changePerYear; // about 7.6 (+760% a year)
 */
export function poissonTrend(counts: number[]): PoissonTrend | null {
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  if (n < 3 || total === 0) return null;
  const tMean = (n - 1) / 2;
  const t = counts.map((_, i) => i - tMean);
  let a = Math.log(total / n);
  let b = 0;
  let info = [0, 0, 0];
  for (let iter = 0; iter < 100; iter++) {
    let [s00, s01, s11, r0, r1] = [0, 0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const mu = Math.exp(a + b * t[i]!);
      const z = a + b * t[i]! + (counts[i]! - mu) / mu;
      s00 += mu;
      s01 += mu * t[i]!;
      s11 += mu * t[i]! ** 2;
      r0 += mu * z;
      r1 += mu * t[i]! * z;
    }
    const det = s00 * s11 - s01 * s01;
    const na = (s11 * r0 - s01 * r1) / det;
    const nb = (s00 * r1 - s01 * r0) / det;
    info = [s00, s01, s11];
    const done = Math.abs(na - a) < 1e-10 && Math.abs(nb - b) < 1e-12;
    [a, b] = [na, nb];
    if (done || !Number.isFinite(a) || !Number.isFinite(b)) break;
  }
  if (!Number.isFinite(b)) return null;
  let pearson = 0;
  for (let i = 0; i < n; i++) {
    const mu = Math.exp(a + b * t[i]!);
    pearson += (counts[i]! - mu) ** 2 / mu;
  }
  const dispersion = Math.max(1, pearson / (n - 2));
  const [s00, s01, s11] = info as [number, number, number];
  const se = Math.sqrt((dispersion * s00) / (s00 * s11 - s01 * s01));
  const perYear = (slope: number) => Math.exp(12 * slope) - 1;
  return {
    months: n,
    slope: b,
    standardError: se,
    dispersion,
    changePerYear: perYear(b),
    low: perYear(b - Z95 * se),
    high: perYear(b + Z95 * se),
    p: twoSidedP(b / se),
  };
}
