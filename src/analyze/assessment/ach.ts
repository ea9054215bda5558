import { applies, RATING_INFO, type Rating } from './ratings.js';

/** What the scoring needs of a matrix: hypothesis ids, item keys and weights, and the ratings. */
export interface ScoringInput {
  hypotheses: { id: string }[];
  items: { key: string; weight: number }[];
  cells: { rating: Rating }[][];
}

/** A hypothesis's scores. */
export interface HypothesisScore {
  id: string;
  /** Heuer's weighted inconsistency: sum of weight x (1 for I, 2 for II). Lower is better. */
  inconsistency: number;
  /** Weighted sum of all ratings (CC 2, C 1, N 0, I -1, II -2): a tie-break and a cross-check. */
  consistency: number;
  /** 2^-inconsistency, normalised over the hypotheses: each unit of inconsistency halves the odds. */
  probability: number;
  /** 1 for the hypothesis with the least inconsistency. */
  rank: number;
}

/** How well an item tells the hypotheses apart. */
export interface Diagnosticity {
  key: string;
  /** weight x (highest rating value - lowest) over the hypotheses it applies to; 0 when it cannot discriminate. */
  value: number;
  /** Hypotheses it rates lowest: the ones it argues against. */
  against: string[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Scores a matrix as Heuer's Analysis of Competing Hypotheses does: each hypothesis by its weighted
 * inconsistency (evidence that is consistent with a hypothesis proves little; evidence inconsistent
 * with it counts against it), ranked from least to most inconsistent, ties broken by the weighted
 * consistency and then the order of the hypotheses. NA cells are left out.
 *
 * @example
 *   scoreMatrix({ hypotheses: [{ id: 'H1' }, { id: 'H2' }], items: [{ key: 'e', weight: 1 }],
 *                 cells: [[{ rating: 'C' }, { rating: 'II' }]] });
 *   // H1 inconsistency 0, H2 inconsistency 2
 */
export function scoreMatrix(input: ScoringInput): HypothesisScore[] {
  const scores = input.hypotheses.map((h, j) => {
    let inconsistency = 0;
    let consistency = 0;
    input.items.forEach((item, i) => {
      const rating = input.cells[i]![j]!.rating;
      if (!applies(rating)) return;
      inconsistency += item.weight * RATING_INFO[rating].inconsistency;
      consistency += item.weight * RATING_INFO[rating].value;
    });
    return { id: h.id, inconsistency: round(inconsistency), consistency: round(consistency), order: j };
  });
  const odds = scores.map((s) => 2 ** -s.inconsistency);
  const total = odds.reduce((a, b) => a + b, 0);
  const ranked = [...scores].sort(
    (a, b) => a.inconsistency - b.inconsistency || b.consistency - a.consistency || a.order - b.order,
  );
  return scores.map((s, j) => ({
    id: s.id,
    inconsistency: s.inconsistency,
    consistency: s.consistency,
    probability: round(odds[j]! / total),
    rank: ranked.indexOf(s) + 1,
  }));
}

/** Hypothesis ids from best to worst. */
export const ranking = (scores: HypothesisScore[]) =>
  [...scores].sort((a, b) => a.rank - b.rank).map((s) => s.id);

/**
 * Hypotheses by the net weight of the ratings that bear on them (very consistent +2 … very
 * inconsistent −2), best first: which one a body of evidence argues for, as against Heuer's
 * {@link ranking}, which asks which one it refutes least. Ties go to the less inconsistent.
 */
export const supportRanking = (scores: HypothesisScore[]) =>
  [...scores].sort((a, b) => b.consistency - a.consistency || a.rank - b.rank).map((s) => s.id);

/** The diagnosticity of every item (Heuer: evidence consistent with every hypothesis has none). */
export function diagnosticity(input: ScoringInput): Diagnosticity[] {
  return input.items.map((item, i) => {
    const rated = input.hypotheses
      .map((h, j) => ({ id: h.id, rating: input.cells[i]![j]!.rating }))
      .filter((r) => applies(r.rating));
    if (rated.length < 2) return { key: item.key, value: 0, against: [] };
    const values = rated.map((r) => RATING_INFO[r.rating].value);
    const low = Math.min(...values);
    const spread = Math.max(...values) - low;
    return {
      key: item.key,
      value: round(item.weight * spread),
      against: spread ? rated.filter((r) => RATING_INFO[r.rating].value === low).map((r) => r.id) : [],
    };
  });
}

/** What removing one item does to the ranking. */
export interface Sensitivity {
  key: string;
  /** The ranking without the item, best first. */
  rankingWithout: string[];
  /** The leading hypothesis changes. */
  leaderChanges: boolean;
  /** The order of the hypotheses changes anywhere. */
  rankingChanges: boolean;
}

/**
 * Heuer's sensitivity check: the ranking recomputed without each item in turn. Items whose removal
 * changes the leader are the ones the conclusion hangs on, and deserve a second look.
 */
export function sensitivity(input: ScoringInput): Sensitivity[] {
  const base = ranking(scoreMatrix(input));
  return input.items.map((item, i) => {
    const without = ranking(
      scoreMatrix({
        hypotheses: input.hypotheses,
        items: input.items.filter((_, k) => k !== i),
        cells: input.cells.filter((_, k) => k !== i),
      }),
    );
    return {
      key: item.key,
      rankingWithout: without,
      leaderChanges: without[0] !== base[0],
      rankingChanges: without.some((id, k) => id !== base[k]),
    };
  });
}
