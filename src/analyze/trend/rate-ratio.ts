import { twoSidedP, Z95 } from './normal.js';

/** The last months against as many months before them. */
export interface RecentComparison {
  /** Months in each window. */
  window: number;
  recent: number;
  previous: number;
  /** recent / previous; null when the earlier window has no events. */
  rateRatio: number | null;
  /** 95% confidence interval of the rate ratio (0.5 added to each count when one is zero). */
  low: number;
  high: number;
  /** Two-sided p-value for equal rates. */
  p: number;
  /** Overdispersion of the monthly counts around each window's mean (at least 1). */
  dispersion: number;
}

/**
 * Compares the events of the last `window` months with the `window` months before them: the
 * rate ratio, its 95% interval and a test of equal rates on the log scale, widened by the
 * month-to-month overdispersion within the two windows (quasi-Poisson). Null when the series is
 * shorter than two windows.
 *
 * @example
 *   compareRecent(monthly, 12); // { recent: 420, previous: 1020, rateRatio: 0.41, low: 0.33, high: 0.51, ... }
 */
export function compareRecent(counts: number[], window = 12): RecentComparison | null {
  if (counts.length < 2 * window) return null;
  const recentMonths = counts.slice(-window);
  const previousMonths = counts.slice(-2 * window, -window);
  const recent = recentMonths.reduce((a, b) => a + b, 0);
  const previous = previousMonths.reduce((a, b) => a + b, 0);
  let pearson = 0;
  for (const [months, total] of [
    [recentMonths, recent],
    [previousMonths, previous],
  ] as const) {
    const mu = total / window;
    if (mu > 0) for (const y of months) pearson += (y - mu) ** 2 / mu;
  }
  const dispersion = Math.max(1, pearson / (2 * window - 2));
  const zeroFix = recent === 0 || previous === 0 ? 0.5 : 0;
  const [r, q] = [recent + zeroFix, previous + zeroFix];
  const logRatio = Math.log(r / q);
  const se = Math.sqrt(dispersion * (1 / r + 1 / q));
  return {
    window,
    recent,
    previous,
    rateRatio: previous > 0 ? recent / previous : null,
    low: Math.exp(logRatio - Z95 * se),
    high: Math.exp(logRatio + Z95 * se),
    p: twoSidedP(logRatio / se),
    dispersion,
  };
}
