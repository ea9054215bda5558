import type { MonthCounts } from '../../store/trends/trend-series.js';
import { changePoints, type ChangePoint } from './change-points.js';
import { poissonTrend, type PoissonTrend } from './poisson-trend.js';
import { compareRecent, type RecentComparison } from './rate-ratio.js';
import { resurgenceIndex, type ResurgenceIndex } from './resurgence-index.js';
import { formatChange, formatP, formatRate, formatZ } from './words.js';

/** A change point placed in time and put in words. */
export interface DatedChange extends ChangePoint {
  /** First month at the new level (YYYY-MM). */
  month: string;
  direction: 'rose' | 'fell';
  /** "from 2018-03 the monthly rate fell from 210 to 85" */
  text: string;
}

/** What the monthly series of a trajectory says, with the uncertainty of each statement. */
export interface TrendAnalysis {
  /** First and last month analysed. */
  months: [string, string] | null;
  trend: PoissonTrend | null;
  changes: DatedChange[];
  recent: (RecentComparison & { recentMonths: [string, string]; previousMonths: [string, string] }) | null;
  index: ResurgenceIndex | null;
  /** The findings as sentences, in the order above. */
  summary: string[];
}

function trendSentence(trend: PoissonTrend, [first, last]: [string, string]): string {
  const range = `${formatChange(trend.low)} to ${formatChange(trend.high)}`;
  const clear = trend.low > 0 || trend.high < 0;
  const head = clear
    ? `From ${first} to ${last} the monthly number of events ${trend.changePerYear > 0 ? 'rose' : 'fell'} by ${formatChange(Math.abs(trend.changePerYear)).replace('+', '')} a year`
    : `From ${first} to ${last} there is no clear trend in the monthly number of events (${formatChange(trend.changePerYear)} a year)`;
  return `${head} (95% CI ${range}, ${formatP(trend.p)}; quasi-Poisson regression).`;
}

function recentSentence(r: NonNullable<TrendAnalysis['recent']>): string {
  const ratio =
    r.rateRatio === null
      ? 'none before'
      : `rate ratio ${r.rateRatio.toFixed(2)} (95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)}, ${formatP(r.p)})`;
  return `Last ${r.window} months (${r.recentMonths[0]} to ${r.recentMonths[1]}): ${r.recent.toLocaleString('en-US')} events against ${r.previous.toLocaleString('en-US')} in the ${r.window} before; ${ratio}.`;
}

function indexSentence(index: ResurgenceIndex): string {
  const parts = (['tempo', 'lethality', 'spread', 'reach'] as const).map(
    (k) => `${k} ${formatZ(index[k].z)}`,
  );
  return `Resurgence index ${formatZ(index.total)} (${parts.join(', ')}; z against ${index.baselineMonths[0]} to ${index.baselineMonths[1]}).`;
}

/**
 * Analyses the monthly counts of a trajectory: a quasi-Poisson trend with its 95% interval as a
 * change per year, change points in the monthly rate (PELT) stated in words, the last 12 months
 * against the 12 before (rate ratio), and the resurgence index. Pure: give it `trendSeries(...)`.
 *
 * @example
 *   const analysis = analyzeTrend((await trendSeries(db, { actor: 'Islamic State', country: 'IQ' })).months, { hasHome: true });
 *   analysis.summary.join(' ');
 */
export function analyzeTrend(months: MonthCounts[], options: { hasHome: boolean }): TrendAnalysis {
  if (!months.length)
    return { months: null, trend: null, changes: [], recent: null, index: null, summary: ['No events.'] };
  const counts = months.map((m) => m.events);
  const span: [string, string] = [months[0]!.period, months.at(-1)!.period];
  const trend = poissonTrend(counts);
  const changes = changePoints(counts).map((c): DatedChange => {
    const direction = c.after > c.before ? 'rose' : 'fell';
    const month = months[c.index]!.period;
    return {
      ...c,
      month,
      direction,
      text: `from ${month} the monthly rate ${direction} from ${formatRate(c.before)} to ${formatRate(c.after)}`,
    };
  });
  const compared = compareRecent(counts, 12);
  const recent = compared && {
    ...compared,
    recentMonths: [months.at(-12)!.period, months.at(-1)!.period] as [string, string],
    previousMonths: [months.at(-24)!.period, months.at(-13)!.period] as [string, string],
  };
  const index = resurgenceIndex(months, { hasHome: options.hasHome });
  const summary = [
    trend ? trendSentence(trend, span) : 'Too few months for a trend.',
    changes.length
      ? `Change points: ${changes.map((c) => c.text).join('; ')}.`
      : 'No change point in the monthly rate.',
    recent ? recentSentence(recent) : 'Less than 24 months: no comparison of the last 12 months.',
    index ? indexSentence(index) : 'Less than 18 months: no resurgence index.',
  ];
  return { months: span, trend, changes, recent, index, summary };
}
