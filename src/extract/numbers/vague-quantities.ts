/** How a vague amount is coded: its best single value and the range it stands for (null = open above). */
export interface VagueAmount {
  best: number;
  low: number;
  high: number | null;
}

/**
 * Vague amounts as ACLED codes them: the smallest amount the word can mean, open above. ACLED's
 * published rule covers "tens" (10), "dozens" (12) and "hundreds" (100); the others follow the same
 * reasoning (see docs/extraction.md, "Numbers and casualties"). Keys are lower case, single-spaced.
 */
export const VAGUE_AMOUNTS: Record<string, VagueAmount> = {
  tens: { best: 10, low: 10, high: null },
  dozens: { best: 12, low: 12, high: null },
  scores: { best: 20, low: 20, high: null },
  hundreds: { best: 100, low: 100, high: null },
  thousands: { best: 1_000, low: 1_000, high: null },
  'tens of thousands': { best: 10_000, low: 10_000, high: null },
  'hundreds of thousands': { best: 100_000, low: 100_000, high: null },
  millions: { best: 1_000_000, low: 1_000_000, high: null },
  'tens of millions': { best: 10_000_000, low: 10_000_000, high: null },
  several: { best: 3, low: 3, high: null },
  multiple: { best: 2, low: 2, high: null },
  'a few': { best: 3, low: 3, high: null },
  'a handful': { best: 3, low: 3, high: null },
  'a handful of': { best: 3, low: 3, high: null },
  'a couple': { best: 2, low: 2, high: 3 },
  'a couple of': { best: 2, low: 2, high: 3 },
};

/** What "several", "a few" and "a couple of" multiply when a scale word follows ("several hundred" = 300). */
export const VAGUE_MULTIPLIERS: Record<string, number> = {
  several: 3,
  'a few': 3,
  'a couple of': 2,
};

export const VAGUE_SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
};
