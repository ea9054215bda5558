import { ownId, type Gazetteer } from './gazetteer.js';
import type { Cues } from './place-cues.js';

/** A place a name may stand for, with how it was named. */
export interface Candidate {
  id: number;
  /** Named by one of its alternate names rather than its own. */
  alternate: boolean;
}

const KIND_BASE = { country: 7.5, admin1: 5.2, region: 5.5, site: 5, city: 0 } as const;
const SEAT_BONUS = [0, 0.3, 1, 1.5];
/** A town the aliases file adds, without a population, counts as one of this size. */
const UNKNOWN_TOWN = 10_000;

/** How much a place's country being among the document's countries counts, by its rank there. */
const contextBonus = (rank: number) => (rank < 0 ? 0 : rank === 0 ? 5 : rank === 1 ? 3 : 2);

/**
 * Scores a candidate: the document's countries first, then what the words around it say (a
 * "province" after the name), then whether the aliases file knows it, then size (population,
 * seat of government) and whether it was named by its own name.
 */
export function scoreCandidate(g: Gazetteer, c: Candidate, countries: string[], cues: Cues | null): number {
  const place = g.place(c.id);
  let score =
    place.kind === 'city'
      ? Math.log10(Math.max(g.population(c.id), g.curated.has(c.id) ? UNKNOWN_TOWN : 0) + 1) +
        SEAT_BONUS[g.seat(c.id)]!
      : KIND_BASE[place.kind];
  score += contextBonus(countries.indexOf(place.country));
  if (g.curated.has(c.id)) score += 2;
  if (c.alternate) score -= 1.5;
  if (cues?.admin1) score += place.kind === 'admin1' ? 6 : -2;
  if (cues?.city) score += place.kind === 'city' ? 4 : -2;
  return score;
}

/** A region that has a city of its own name among the candidates gives way to it unless the text says "province". */
const SEAT_OF_SAME_NAME = 3;

/** The candidates, best first. */
export function rankCandidates(
  g: Gazetteer,
  candidates: Candidate[],
  countries: string[],
  cues: Cues | null,
): Candidate[] {
  const regionsWithCity = new Set(
    candidates.filter((c) => g.place(c.id).kind === 'city').map((c) => g.admin1Id(c.id)),
  );
  const scored = candidates.map((c) => ({
    c,
    score:
      scoreCandidate(g, c, countries, cues) -
      (g.place(c.id).kind === 'admin1' && regionsWithCity.has(c.id) ? SEAT_OF_SAME_NAME : 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored.map((s) => s.c);
}

/** Folds a raw matcher value into candidates, one per place, preferring a place's own name. */
export function toCandidates(values: number[]): Candidate[] {
  const byId = new Map<number, Candidate>();
  for (const v of values) {
    const c = { id: ownId(v), alternate: v < 0 };
    const seen = byId.get(c.id);
    if (!seen || (seen.alternate && !c.alternate)) byId.set(c.id, c);
  }
  return [...byId.values()];
}
