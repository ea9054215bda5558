// The toll of an incident: which of the casualty figures its sentences give counts, and how they
// add up (an update of the toll over the first report, a revised toll, victims told "also" killed).
import type { CasualtyFigure } from '../numbers/index.js';
import type { Frame } from './frames.js';

/** One role's count in an incident: the best figure, its range, and whether it is a total of every side. */
export interface Tally {
  best: number | null;
  low: number | null;
  high: number | null;
  /** The figure is a record's coded total, attackers included. */
  total?: boolean;
}

export const NONE: Tally = { best: null, low: null, high: null };

const TOLL_UPDATE =
  /\b(?:toll|number\s+of\s+(?:dead|deaths|victims|people\s+killed))\b(?:(?:\s+[\w-]+){0,3}?\s+(?:to|at|of|reached|passed|passes|past|hit|now|stands\s+at|stood\s+at|climbed\s+to|rose\s+to|risen\s+to)|[^.;]{0,120}?\s(?:rose|risen|climbed|jumped|increased)\s+to|[^.;]{0,120}?\sreached)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?$/i;
/** "lowered the death toll from the twin bombings at the shrine to 41": a toll revised either way. */
const REVISED_TOLL =
  /\b(?:lowered|lowers|revised|revises|raised|raises|cut|reduced|reduces|corrected|corrects|updated|updates)\s+(?:(?:the|its|their|a)\s+)?(?:(?:death|casualty|official)\s+)?toll\b[^.;]{0,120}?\s(?:to|at)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?$/i;
const GROUP_SAYS =
  /\b(?:its|their)\s+(?:fighters|militants|men|members|mujahideen|operatives)\b|\b(?:the\s+group|it)\s+(?:said|says|claimed)\b/i;

/**
 * A figure given as an earlier, superseded count ("up from five dead", "officials had first put
 * the toll at 40, then 52", "the toll was first put at 34", "police first put the toll at 12", "had on
 * Monday put the number of dead at 34", "correcting an earlier toll of 27").
 */
const PREVIOUS =
  /\b(?:up\s+from|down\s+from|from\s+(?:an?\s+)?(?:earlier|previous|initial)|compared\s+with|initially)\b[^.;]{0,30}$|\b(?:had|was|were)\s+(?:first\s+|earlier\s+|initially\s+|previously\s+)(?:put|given|set|reported|announced)\b[^.;]{0,50}$|\bhad\s+(?:(?:on\s+)?\w+\s+)?(?:put|given|set|reported|announced)\b[^.;]{0,50}$|\b(?:an?|the)\s+(?:earlier|previous|initial|first)\s+(?:death\s+)?(?:toll|figure|count|estimate)\s+(?:of\s+)?(?:at\s+least\s+|some\s+|about\s+)?$|\b(?:first|initially|earlier)\s+(?:put|gave|set|reported|announced)\b[^.;]{0,50}$/i;

export interface Sourced {
  /** Index of the sentence the figure was read from. */
  frame: number;
  figure: CasualtyFigure;
  /** Index of the figure among its sentence's figures. */
  index: number;
  /** 3: the toll as it stands now; 2: an update of the toll; 1: a plain report; 0: the perpetrators' own claim. */
  weight: number;
  /** The figure is a toll of everyone killed ("raising the overall toll to 499"), attackers included. */
  overall: boolean;
}

/**
 * "Officials now put the toll at 32": the current toll, which a live page that puts its newest entry
 * first gives before the figures it supersedes.
 */
const NOW = /\bnow\b[^.;]{0,60}$/i;

/** "the overall toll", "a combined death toll of": a count that takes in every side. */
const OVERALL = /\b(?:overall|total|combined)\s+(?:death\s+)?toll\b[^.;]{0,30}$/i;

/** Every casualty figure of an incident's sentences, weighed by how the sentence reports it. */
export function sourced(frames: Frame[], text: string): Sourced[] {
  return frames.flatMap((f) =>
    f.casualties.map((figure, index) => {
      const before = text.slice(f.sentence.start, figure.quantity.start);
      // a record's coded toll is its total, as an update of the toll is
      const weight = figure.total
        ? 2
        : PREVIOUS.test(before)
          ? 0
          : TOLL_UPDATE.test(before) || REVISED_TOLL.test(before)
            ? NOW.test(before)
              ? 3
              : 2
            : GROUP_SAYS.test(before)
              ? 0
              : 1;
      return { frame: f.index, figure, index, weight, overall: OVERALL.test(before) };
    }),
  );
}

/**
 * The figure of a role an incident's sentences settle on: the last update of the toll when there is
 * one ("the toll rose to 63"), else the largest figure reported, the perpetrators' own claims only
 * when nothing else is given. Figures the casualty reader lists together (`listedWith`: "170
 * civilians and 13 soldiers") add up;
 * breakdowns of a total never count.
 */
export function tally(figures: Sourced[], role: CasualtyFigure['role'], text: string): Tally {
  const totals: (Tally & { weight: number; at: number; first: number; total: boolean })[] = [];
  const also: Sourced[] = [];
  for (const s of figures) {
    if (s.figure.role !== role || s.figure.part) continue;
    // "An officer on guard was also killed": one more victim, told in a sentence of its own
    if (s.weight === 1 && ALSO.test(text.slice(s.figure.start, s.figure.end))) {
      also.push(s);
      continue;
    }
    const q = s.figure.quantity;
    const previous = totals[totals.length - 1];
    if (
      previous &&
      previous.at === s.frame &&
      previous.weight === s.weight &&
      previous.first === s.figure.listedWith
    ) {
      previous.best = previous.best! + q.best;
      previous.low = previous.low === null || q.low === null ? null : previous.low + q.low;
      previous.high = previous.high === null || q.high === null ? null : previous.high + q.high;
    } else {
      totals.push({
        best: q.best,
        low: q.low,
        high: q.high,
        weight: s.weight,
        at: s.frame,
        first: s.index,
        total: s.figure.total === true || s.overall,
      });
    }
  }
  if (totals.length === 0) {
    const first = also[0]?.figure.quantity;
    return first ? { best: first.best, low: first.low, high: first.high } : NONE;
  }
  const top = Math.max(...totals.map((t) => t.weight));
  const best = totals.filter((t) => t.weight === top);
  const pick =
    top >= 2
      ? best.reduce((a, b) => (b.at >= a.at ? b : a))
      : best.reduce((a, b) => (b.best! > a.best! ? b : a));
  // "… killed 170 civilians, while thirteen soldiers also lost their lives": counted after the pick
  const more = also
    .filter((s) => s.frame > pick.at || (s.frame === pick.at && s.index > pick.first))
    .reduce((n, s) => n + s.figure.quantity.best, 0);
  return {
    best: pick.best! + more,
    low: pick.low === null ? null : pick.low + more,
    high: pick.high === null ? null : pick.high + more,
    total: pick.total,
  };
}

/** "was also killed", "also died": a victim added to those already counted. */
const ALSO = /\balso\s+(?:killed|died|shot\s+dead|lost\s+their\s+lives|wounded|injured|hurt)\b/i;
