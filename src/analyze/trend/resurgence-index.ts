import type { MonthCounts } from '../../store/trends/trend-series.js';
import { mean, sum, variance } from './normal.js';

/** One standardised component of the resurgence index. */
export interface IndexComponent {
  /** The value over the last 12 months and over the baseline before them. */
  recent: number | null;
  baseline: number | null;
  /** (recent − baseline) / standard error: how many standard errors above its own past. */
  z: number | null;
}

/** The resurgence index of one group or unit: the mean of its standardised components. */
export interface ResurgenceIndex {
  /** First and last month of the recent window and of the baseline (YYYY-MM). */
  recentMonths: [string, string];
  baselineMonths: [string, string];
  /** Events per month. */
  tempo: IndexComponent;
  /** Mean of ln(1 + deaths) per event. */
  lethality: IndexComponent;
  /** First-level regions active per month. */
  spread: IndexComponent;
  /** Share of events outside the group's home countries; no z when no event in either window is outside. */
  reach: IndexComponent;
  /** Mean of the components' z that could be computed; null when none could. */
  total: number | null;
}

/** Options for {@link resurgenceIndex}. */
export interface IndexOptions {
  /** Months in the recent window. Default 12. */
  recent?: number;
  /** Months of baseline before it. Default 24; at least 6 are needed. */
  baseline?: number;
}

/** Welch's z for monthly counts, each window's variance at least its mean (Poisson). */
function countsZ(recent: number[], baseline: number[]): IndexComponent {
  const [mr, mb] = [mean(recent), mean(baseline)];
  const se = Math.sqrt(
    Math.max(variance(recent), mr) / recent.length + Math.max(variance(baseline), mb) / baseline.length,
  );
  return { recent: mr, baseline: mb, z: se > 0 ? (mr - mb) / se : 0 };
}

const LOG_VARIANCE_FLOOR = 0.1;

function lethalityZ(recent: MonthCounts[], baseline: MonthCounts[]): IndexComponent {
  const moments = (months: MonthCounts[]) => {
    const n = sum(months.map((m) => m.withFigure));
    const s = sum(months.map((m) => m.logFatalities));
    const s2 = sum(months.map((m) => m.logFatalitiesSquared));
    const avg = n ? s / n : null;
    const v = n > 1 ? Math.max((s2 - n * avg! ** 2) / (n - 1), LOG_VARIANCE_FLOOR) : null;
    return { n, avg, v };
  };
  const [r, b] = [moments(recent), moments(baseline)];
  if (r.avg === null || b.avg === null || r.v === null || b.v === null)
    return { recent: r.avg, baseline: b.avg, z: null };
  return { recent: r.avg, baseline: b.avg, z: (r.avg - b.avg) / Math.sqrt(r.v / r.n + b.v / b.n) };
}

function reachZ(recent: MonthCounts[], baseline: MonthCounts[], hasHome: boolean): IndexComponent {
  const share = (months: MonthCounts[]) => {
    const events = sum(months.map((m) => m.events));
    return { events, outside: sum(months.map((m) => m.outsideHome)) };
  };
  const [r, b] = [share(recent), share(baseline)];
  if (!hasHome || !r.events || !b.events) return { recent: null, baseline: null, z: null };
  const [pr, pb] = [r.outside / r.events, b.outside / b.events];
  const pooled = (r.outside + b.outside) / (r.events + b.events);
  if (pooled === 0) return { recent: pr, baseline: pb, z: null };
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / r.events + 1 / b.events));
  return { recent: pr, baseline: pb, z: se > 0 ? (pr - pb) / se : 0 };
}

/**
 * The resurgence index: the last `recent` months of a group's (or unit's) monthly series against
 * the `baseline` months before them, as four standardised components — tempo (events per month),
 * lethality (log deaths per event), spread (regions active per month) and reach (share of events
 * outside the home countries) — each a z statistic, and their mean. Positive means growing
 * beyond its own recent past. Null when the series is too short for a baseline of 6 months.
 * The method is described in `docs/resurgence-index.md`.
 *
 * @example
 *   resurgenceIndex(series.months, { hasHome: true })?.total; // -2.1
 */
export function resurgenceIndex(
  months: MonthCounts[],
  options: IndexOptions & { hasHome: boolean },
): ResurgenceIndex | null {
  const w = options.recent ?? 12;
  const available = months.length - w;
  if (available < 6) return null;
  const bl = Math.min(options.baseline ?? 24, available);
  const recent = months.slice(-w);
  const baseline = months.slice(-w - bl, -w);
  const tempo = countsZ(
    recent.map((m) => m.events),
    baseline.map((m) => m.events),
  );
  const spread = countsZ(
    recent.map((m) => m.admin1Active),
    baseline.map((m) => m.admin1Active),
  );
  const lethality = lethalityZ(recent, baseline);
  const reach = reachZ(recent, baseline, options.hasHome);
  const zs = [tempo, lethality, spread, reach].map((c) => c.z).filter((z): z is number => z !== null);
  return {
    recentMonths: [recent[0]!.period, recent.at(-1)!.period],
    baselineMonths: [baseline[0]!.period, baseline.at(-1)!.period],
    tempo,
    lethality,
    spread,
    reach,
    total: zs.length ? mean(zs) : null,
  };
}
