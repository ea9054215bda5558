import { describe, expect, it } from 'vitest';
import { poissonTrend } from './poisson-trend.js';
import { flat, poissonSeries } from './test-series.js';

describe('poissonTrend', () => {
  it('gives a confidence interval covering no change for a flat Poisson series', () => {
    const trend = poissonTrend(poissonSeries(7)(flat(25, 48)))!;
    expect(trend.low).toBeLessThan(0);
    expect(trend.high).toBeGreaterThan(0);
    expect(trend.p).toBeGreaterThan(0.05);
  });

  it('recovers a known growth of 50% a year within its interval', () => {
    const rates = Array.from({ length: 60 }, (_, i) => 10 * 1.5 ** (i / 12));
    const trend = poissonTrend(poissonSeries(3)(rates))!;
    expect(trend.low).toBeLessThan(0.5);
    expect(trend.high).toBeGreaterThan(0.5);
    expect(trend.changePerYear).toBeCloseTo(0.5, 0);
    expect(trend.p).toBeLessThan(0.001);
  });

  it('widens the interval for overdispersed counts', () => {
    const calm = poissonTrend([20, 21, 19, 20, 22, 18, 20, 21, 19, 20, 21, 19])!;
    const wild = poissonTrend([5, 40, 8, 35, 2, 45, 10, 30, 4, 38, 12, 22])!;
    expect(calm.dispersion).toBe(1);
    expect(wild.dispersion).toBeGreaterThan(5);
    expect(wild.high - wild.low).toBeGreaterThan(calm.high - calm.low);
  });

  it('says nothing about too short or empty series', () => {
    expect(poissonTrend([3, 4])).toBeNull();
    expect(poissonTrend([0, 0, 0, 0])).toBeNull();
  });
});
