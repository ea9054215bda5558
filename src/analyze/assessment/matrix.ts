import type { StoredRating } from '../../store/judgments.js';
import type { Rating } from './ratings.js';
import type { EvidenceItem, Hypothesis, Matrix } from './types.js';

/**
 * The rating a hypothesis's expectations propose for an item: by its factor's own table if the
 * hypothesis has one, else by its theatre, read by what the item says (`for`, `against`, `steady`).
 * `N` where the hypothesis expects nothing.
 */
export function proposeRating(item: EvidenceItem, hypothesis: Hypothesis): Rating {
  const table = hypothesis.factors[item.factor] ?? hypothesis.expects;
  return table[item.scope]?.[item.reading] ?? 'N';
}

/** Builds the matrix: proposals for every cell, replaced by the analyst's stored ratings. */
export function buildMatrix(
  items: EvidenceItem[],
  hypotheses: Hypothesis[],
  ratings: StoredRating[] = [],
): Matrix {
  const stored = new Map(ratings.map((r) => [`${r.evidenceKey}\u0000${r.hypothesis}`, r]));
  const cells = items.map((item) =>
    hypotheses.map((h) => {
      const proposed = proposeRating(item, h);
      const own = stored.get(`${item.key}\u0000${h.id}`);
      return own
        ? { rating: own.rating as Rating, proposed, overridden: true, note: own.note }
        : { rating: proposed, proposed, overridden: false, note: null };
    }),
  );
  return { hypotheses, items, cells };
}
