import { describe, expect, it } from 'vitest';
import { compareRecent } from './rate-ratio.js';
import { flat, poissonSeries } from './test-series.js';

describe('compareRecent', () => {
  it('compares the last 12 months with the 12 before', () => {
    const result = compareRecent([...flat(5, 6), ...flat(20, 12), ...flat(10, 12)])!;
    expect(result).toMatchObject({ recent: 120, previous: 240, rateRatio: 0.5, dispersion: 1 });
    expect(result.low).toBeLessThan(0.5);
    expect(result.high).toBeGreaterThan(0.5);
    expect(result.p).toBeLessThan(0.001);
  });

  it('finds no difference between two windows of one Poisson rate', () => {
    const result = compareRecent(poissonSeries(9)(flat(30, 24)))!;
    expect(result.low).toBeLessThan(1);
    expect(result.high).toBeGreaterThan(1);
  });

  it('handles an empty earlier window and too short series', () => {
    const result = compareRecent([...flat(0, 12), ...flat(3, 12)])!;
    expect(result.rateRatio).toBeNull();
    expect(result.low).toBeGreaterThan(1);
    expect(compareRecent(flat(3, 20))).toBeNull();
  });
});
