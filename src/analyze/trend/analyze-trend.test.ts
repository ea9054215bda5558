import { describe, expect, it } from 'vitest';
import type { MonthCounts } from '../../store/trends/trend-series.js';
import { monthRange } from '../../store/trends/trend-series.js';
import { analyzeTrend } from './analyze-trend.js';
import { flat, poissonSeries } from './test-series.js';

const months = (counts: number[], first = '2016-01'): MonthCounts[] => {
  const labels = monthRange(first, '2100-12').slice(0, counts.length);
  return counts.map((events, i) => ({
    period: labels[i]!,
    start: `${labels[i]}-01`,
    events,
    fatalities: events * 3,
    fatalitiesPerEvent: events ? 3 : null,
    massCasualty: 0,
    admin1Active: Math.min(events, 5),
    outsideHome: 0,
    withFigure: events,
    logFatalities: events * Math.log(4),
    logFatalitiesSquared: events * Math.log(4) ** 2,
  }));
};

describe('analyzeTrend', () => {
  it('states a change point in words with its month and levels', () => {
    const analysis = analyzeTrend(months(poissonSeries(2)([...flat(200, 26), ...flat(80, 22)])), {
      hasHome: false,
    });
    expect(analysis.changes).toHaveLength(1);
    expect(analysis.changes[0]!.month).toBe('2018-03');
    expect(analysis.changes[0]!.text).toMatch(/^from 2018-03 the monthly rate fell from 2\d\d to \d\d$/);
    expect(analysis.summary.join(' ')).toContain('fell by');
    expect(analysis.recent!.recentMonths).toEqual(['2019-01', '2019-12']);
    // 12 months at 80 against 2 at 200 and 10 at 80.
    expect(analysis.recent!.rateRatio).toBeGreaterThan(0.6);
    expect(analysis.recent!.rateRatio).toBeLessThan(0.95);
  });

  it('says so when there is too little data', () => {
    const analysis = analyzeTrend(months([1, 2]), { hasHome: true });
    expect(analysis.summary).toEqual([
      'Too few months for a trend.',
      'No change point in the monthly rate.',
      'Less than 24 months: no comparison of the last 12 months.',
      'Less than 18 months: no resurgence index.',
    ]);
    expect(analyzeTrend([], { hasHome: true }).summary).toEqual(['No events.']);
  });
});
