/** One figure a benchmark reports, with the target it is held to when there is one. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target, and which side of it is good. */
  target?: { value: number; better: 'higher' | 'lower' };
  note?: string;
}

/** A benchmark: a name for `npm run bench -- NAME` and a function that measures. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<Figure[]>;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Peak resident set size of this process so far, in MB. */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
