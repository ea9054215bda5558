import { describe, expect, it } from 'vitest';
import {
  diagnosticity,
  ranking,
  scoreMatrix,
  sensitivity,
  supportRanking,
  type ScoringInput,
} from './ach.js';
import type { Rating } from './ratings.js';

// A matrix worked by hand. Values: CC 2, C 1, N 0, I -1, II -2; inconsistency counts I as 1 and II as 2.
//
//            weight   H1    H2    H3
//   E1        1.0     C     I     II
//   E2        0.5     I     C     C
//   E3        1.0     N     N     N
//   E4        0.8     II    CC    NA
//
// Weighted inconsistency (Heuer: only inconsistent evidence counts):
//   H1 = 0.5*1 (E2) + 0.8*2 (E4)      = 2.1
//   H2 = 1.0*1 (E1)                    = 1.0
//   H3 = 1.0*2 (E1)   (E4 is NA)       = 2.0
//   ranking: H2 (1.0), H3 (2.0), H1 (2.1)
// Weighted consistency (all ratings):
//   H1 = 1 - 0.5 + 0 - 1.6 = -1.1;  H2 = -1 + 0.5 + 0 + 1.6 = 1.1;  H3 = -2 + 0.5 + 0 = -1.5
// Probability 2^-I normalised: 2^-2.1 = 0.233258, 2^-1 = 0.5, 2^-2 = 0.25; sum 0.983258
//   H1 = 0.233258 / 0.983258 = 0.23723, H2 = 0.5 / 0.983258 = 0.508513, H3 = 0.25 / 0.983258 = 0.254257
// Diagnosticity = weight x (max value - min value) over applicable hypotheses:
//   E1 = 1 x (1 - -2) = 3;  E2 = 0.5 x (1 - -1) = 1;  E3 = 0;  E4 = 0.8 x (2 - -2) = 3.2 (H3 NA)
const matrix = (rows: Rating[][], weights = [1, 0.5, 1, 0.8]): ScoringInput => ({
  hypotheses: [{ id: 'H1' }, { id: 'H2' }, { id: 'H3' }],
  items: weights.map((weight, i) => ({ key: `E${i + 1}`, weight })),
  cells: rows.map((row) => row.map((rating) => ({ rating }))),
});
const HAND: Rating[][] = [
  ['C', 'I', 'II'],
  ['I', 'C', 'C'],
  ['N', 'N', 'N'],
  ['II', 'CC', 'NA'],
];

describe('scoreMatrix', () => {
  it('gives the scores worked by hand', () => {
    const scores = scoreMatrix(matrix(HAND));
    expect(scores.map((s) => [s.id, s.inconsistency, s.consistency, s.probability, s.rank])).toEqual([
      ['H1', 2.1, -1.1, 0.23723, 3],
      ['H2', 1, 1.1, 0.508513, 1],
      ['H3', 2, -1.5, 0.254257, 2],
    ]);
    expect(ranking(scores)).toEqual(['H2', 'H3', 'H1']);
  });

  it('ranks what the evidence argues for by net consistency, apart from what it refutes least', () => {
    // Consistency H2 1.1, H1 -1.1, H3 -1.5: H1 comes before H3 here, after it in Heuer's ranking.
    expect(supportRanking(scoreMatrix(matrix(HAND)))).toEqual(['H2', 'H1', 'H3']);
  });

  it('moves a score by weight x the change in inconsistency when one rating changes', () => {
    // E1/H2 from I to C: H2 loses 1.0 x 1 of inconsistency (1.0 -> 0) and gains 2 of consistency.
    const changed = HAND.map((r) => [...r]);
    changed[0]![1] = 'C';
    const h2 = scoreMatrix(matrix(changed)).find((s) => s.id === 'H2')!;
    expect([h2.inconsistency, h2.consistency]).toEqual([0, 3.1]);
    // E2/H1 from I to II: H1 gains 0.5 x 1 more inconsistency (2.1 -> 2.6).
    const worse = HAND.map((r) => [...r]);
    worse[1]![0] = 'II';
    expect(scoreMatrix(matrix(worse)).find((s) => s.id === 'H1')!.inconsistency).toBe(2.6);
  });

  it('does not reward consistent evidence in the inconsistency score (Heuer)', () => {
    // E3/H3 from N to CC: H3's inconsistency stays 2.0 and its rank stays 2; only consistency moves.
    const changed = HAND.map((r) => [...r]);
    changed[2]![2] = 'CC';
    const h3 = scoreMatrix(matrix(changed)).find((s) => s.id === 'H3')!;
    expect([h3.inconsistency, h3.consistency, h3.rank]).toEqual([2, 0.5, 2]);
  });
});

describe('diagnosticity', () => {
  it('is zero for evidence that rates every hypothesis alike and skips NA cells', () => {
    expect(diagnosticity(matrix(HAND)).map((d) => [d.key, d.value, d.against])).toEqual([
      ['E1', 3, ['H3']],
      ['E2', 1, ['H1']],
      ['E3', 0, []],
      ['E4', 3.2, ['H1']],
    ]);
  });
});

describe('sensitivity', () => {
  it('names the items whose removal changes the leader or the order', () => {
    // Without E1: H1 2.1, H2 0, H3 0 -> H2 and H3 tie, H2 wins on consistency (2.1 vs 0.5): same order.
    // Without E2: H1 1.6, H2 1.0, H3 2.0 -> H2, H1, H3: the order changes, the leader does not.
    // Without E3: nothing changes.  Without E4: H1 0.5, H2 1.0, H3 2.0 -> H1 leads.
    expect(
      sensitivity(matrix(HAND)).map((s) => [s.key, s.leaderChanges, s.rankingChanges, s.rankingWithout]),
    ).toEqual([
      ['E1', false, false, ['H2', 'H3', 'H1']],
      ['E2', false, true, ['H2', 'H1', 'H3']],
      ['E3', false, false, ['H2', 'H3', 'H1']],
      ['E4', true, true, ['H1', 'H2', 'H3']],
    ]);
  });
});
