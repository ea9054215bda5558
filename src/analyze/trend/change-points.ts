/** A shift in the level of a monthly series. */
export interface ChangePoint {
  /** Index of the first month at the new level. */
  index: number;
  /** Mean count per month of the segment before and of the segment from `index`. */
  before: number;
  after: number;
}

/** Options for {@link changePoints}. */
export interface ChangePointOptions {
  /** Shortest segment, in months. Default 3. */
  minSegment?: number;
  /** Penalty per change point, in units of dispersion × ln(months). Default 3. */
  penalty?: number;
}

/** Twice the negative Poisson log-likelihood of a segment at its own mean (constants dropped). */
const segmentCost = (total: number, length: number) =>
  total > 0 ? 2 * (total - total * Math.log(total / length)) : 0;

/**
 * How much more the counts vary from month to month than a Poisson series would: the squared
 * month-to-month differences over their Poisson expectation, at least 1.
 */
export function monthToMonthDispersion(counts: number[]): number {
  let squares = 0;
  let expected = 0;
  for (let i = 1; i < counts.length; i++) {
    squares += (counts[i]! - counts[i - 1]!) ** 2;
    expected += counts[i]! + counts[i - 1]!;
  }
  return expected > 0 ? Math.max(1, squares / expected) : 1;
}

/**
 * Change points in the level of monthly counts by PELT (pruned exact search) with a Poisson
 * segment cost and a penalty of `penalty × dispersion × ln(n)` per change, so that noisier series
 * need bigger shifts. Returns the changes in time order with the levels on either side.
 *
 * @example
 *   changePoints([...Array(24).fill(20), ...Array(24).fill(60)]); // [{ index: 24, before: 20, after: 60 }]
 */
export function changePoints(counts: number[], options: ChangePointOptions = {}): ChangePoint[] {
  const n = counts.length;
  const m = options.minSegment ?? 3;
  if (n < 2 * m) return [];
  const beta = (options.penalty ?? 3) * monthToMonthDispersion(counts) * Math.log(n);
  const prefix = [0];
  for (const c of counts) prefix.push(prefix.at(-1)! + c);
  const cost = (s: number, t: number) => segmentCost(prefix[t]! - prefix[s]!, t - s);
  const best = new Array<number>(n + 1).fill(Infinity);
  const previous = new Array<number>(n + 1).fill(0);
  best[0] = -beta;
  let candidates = [0];
  for (let t = m; t <= n; t++) {
    for (const s of candidates) {
      if (t - s < m) continue;
      const value = best[s]! + cost(s, t) + beta;
      if (value < best[t]!) [best[t], previous[t]] = [value, s];
    }
    candidates = candidates.filter((s) => t - s < m || best[s]! + cost(s, t) <= best[t]!);
    if (Number.isFinite(best[t]!)) candidates.push(t);
  }
  const cuts: number[] = [];
  for (let t = n; t > 0; t = previous[t]!) if (previous[t]! > 0) cuts.unshift(previous[t]!);
  const bounds = [0, ...cuts, n];
  const level = (i: number) =>
    (prefix[bounds[i + 1]!]! - prefix[bounds[i]!]!) / (bounds[i + 1]! - bounds[i]!);
  return cuts.map((index, i) => ({ index, before: level(i), after: level(i + 1) }));
}
