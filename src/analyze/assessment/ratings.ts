import { UsageError } from '../../model/errors.js';

/** The five levels of Heuer's matrix, and "not applicable". */
export const RATINGS = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type Rating = (typeof RATINGS)[number];

/** What each rating means and counts for. */
export const RATING_INFO: Record<Rating, { label: string; value: number; inconsistency: number }> = {
  CC: { label: 'very consistent', value: 2, inconsistency: 0 },
  C: { label: 'consistent', value: 1, inconsistency: 0 },
  N: { label: 'neutral', value: 0, inconsistency: 0 },
  I: { label: 'inconsistent', value: -1, inconsistency: 1 },
  II: { label: 'very inconsistent', value: -2, inconsistency: 2 },
  NA: { label: 'not applicable', value: 0, inconsistency: 0 },
};

const ALIASES: Record<string, Rating> = Object.fromEntries(
  RATINGS.flatMap((r) => [
    [r.toLowerCase(), r],
    [RATING_INFO[r].label.replace(/\s+/g, '-'), r],
    [RATING_INFO[r].label.replace(/\s+/g, ''), r],
  ]),
);

/** Reads a rating written as a code (`CC`, `ii`) or in words (`very-consistent`, `not applicable`). */
export function parseRating(text: string): Rating {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const rating = ALIASES[key] ?? ALIASES[key.replace(/-/g, '')];
  if (!rating) {
    throw new UsageError(
      `"${text}" is not a rating; use one of ${RATINGS.join(', ')} (${RATINGS.map((r) => RATING_INFO[r].label).join(', ')})`,
    );
  }
  return rating;
}

/** True for a rating of the five-level scale (not NA). */
export const applies = (r: Rating) => r !== 'NA';
