import { describe, expect, it } from 'vitest';
import { changePoints } from './change-points.js';
import { flat, poissonSeries } from './test-series.js';

describe('changePoints', () => {
  it('finds a step change at the month it happens', () => {
    const counts = poissonSeries(11)([...flat(40, 30), ...flat(12, 30)]);
    const [change, ...rest] = changePoints(counts);
    expect(rest).toEqual([]);
    expect(change!.index).toBe(30);
    expect(change!.before).toBeCloseTo(40, -1);
    expect(change!.after).toBeCloseTo(12, -1);
  });

  it('finds a rise and a fall in order', () => {
    const counts = poissonSeries(5)([...flat(10, 24), ...flat(50, 18), ...flat(15, 24)]);
    expect(changePoints(counts).map((c) => c.index)).toEqual([24, 42]);
  });

  it('finds nothing in flat Poisson series', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(changePoints(poissonSeries(seed)(flat(20, 60)))).toEqual([]);
  });

  it('needs a bigger shift when the counts are overdispersed', () => {
    const noisy = [5, 40, 8, 35, 2, 45, 10, 30, 4, 38, 12, 22, 9, 41, 6, 33, 3, 44, 11, 29];
    expect(changePoints(noisy)).toEqual([]);
  });
});
