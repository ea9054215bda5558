/** The standard normal cumulative distribution function (Abramowitz-Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value of a z statistic. */
export const twoSidedP = (z: number): number => 2 * (1 - normalCdf(Math.abs(z)));

/** The z of a two-sided 95% interval. */
export const Z95 = 1.959964;

/** Sum of a list of numbers. */
export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Arithmetic mean; NaN for an empty list. */
export const mean = (values: number[]): number => sum(values) / values.length;

/** Sample variance (n - 1); 0 for fewer than two values. */
export function variance(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return sum(values.map((v) => (v - m) ** 2)) / (values.length - 1);
}
