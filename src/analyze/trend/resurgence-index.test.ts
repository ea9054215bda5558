import { describe, expect, it } from 'vitest';
import type { MonthCounts } from '../../store/trends/trend-series.js';
import { monthRange } from '../../store/trends/trend-series.js';
import { resurgenceIndex } from './resurgence-index.js';

const month = (
  period: string,
  events: number,
  killed: number,
  regions: number,
  outside: number,
): MonthCounts => ({
  period,
  start: `${period}-01`,
  events,
  fatalities: events * killed,
  fatalitiesPerEvent: events ? killed : null,
  massCasualty: killed >= 10 ? events : 0,
  admin1Active: regions,
  outsideHome: outside,
  withFigure: events,
  logFatalities: events * Math.log1p(killed),
  logFatalitiesSquared: events * Math.log1p(killed) ** 2,
});

/** 36 months: the first 24 at one level, the last 12 at another. */
function series(before: Parameters<typeof month>, after: Parameters<typeof month>) {
  return monthRange('2020-01', '2022-12').map((m, i) => {
    const [events, killed, regions, outside] = (i < 24 ? before : after).slice(1) as number[];
    // Small wobble so that variances are not zero.
    return month(m, events! + (i % 2), killed! + (i % 3 === 0 ? 1 : 0), regions!, outside!);
  });
}

describe('resurgenceIndex', () => {
  it('is positive in every component for a group that grows, kills more, spreads and reaches out', () => {
    const index = resurgenceIndex(series(['', 10, 2, 3, 0], ['', 30, 6, 8, 4]), { hasHome: true })!;
    expect(index.recentMonths).toEqual(['2022-01', '2022-12']);
    expect(index.baselineMonths).toEqual(['2020-01', '2021-12']);
    for (const c of [index.tempo, index.lethality, index.spread, index.reach]) expect(c.z).toBeGreaterThan(2);
    expect(index.total).toBeGreaterThan(2);
    expect(index.tempo.recent).toBeCloseTo(30.5, 1);
  });

  it('is negative for a group in decline and near zero for a steady one', () => {
    expect(
      resurgenceIndex(series(['', 30, 6, 8, 2], ['', 10, 2, 3, 0]), { hasHome: true })!.total,
    ).toBeLessThan(-2);
    const steady = resurgenceIndex(series(['', 20, 4, 5, 1], ['', 20, 4, 5, 1]), { hasHome: true })!;
    expect(Math.abs(steady.total!)).toBeLessThan(1);
  });

  it('leaves reach out without home countries, and needs 18 months', () => {
    const index = resurgenceIndex(series(['', 10, 2, 3, 0], ['', 30, 6, 8, 4]), { hasHome: false })!;
    expect(index.reach.z).toBeNull();
    expect(index.total).toBeCloseTo((index.tempo.z! + index.lethality.z! + index.spread.z!) / 3, 6);
    expect(
      resurgenceIndex(series(['', 1, 1, 1, 0], ['', 1, 1, 1, 0]).slice(-17), { hasHome: true }),
    ).toBeNull();
  });
});
