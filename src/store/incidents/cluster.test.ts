import { describe, expect, it } from 'vitest';
import { clusterIncidents } from './cluster.js';

const e = (id: number, sourceKey: string, incidentId: number | null = null) => ({
  id,
  sourceKey,
  incidentId,
});

describe('clusterIncidents', () => {
  it('joins reports of different sources, best pair first, never two of one source', () => {
    const groups = clusterIncidents(
      [e(1, 'ucdp'), e(2, 'ucdp'), e(3, 'acled'), e(4, 'document:a.txt')],
      [
        { a: 2, b: 3, score: 100 },
        { a: 1, b: 3, score: 0 },
        { a: 4, b: 2, score: 5 },
      ],
    );
    expect(groups).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('extends an existing incident and merges two incidents when a report links them', () => {
    const groups = clusterIncidents(
      [e(1, 'ucdp', 50), e(2, 'acled', 50), e(3, 'gtd', 60), e(4, 'document:x', 60), e(5, 'document:y')],
      [
        { a: 5, b: 1, score: 1 },
        { a: 3, b: 2, score: 2 },
      ],
    );
    expect(groups).toEqual([[1, 2, 3, 4, 5]]);
  });
});
