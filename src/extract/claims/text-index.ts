import { cueIndex, scanCues, type CueIndex, type CuePattern } from './cues.js';
import type { FactorCue } from './framework.js';
import type { ClaimRules } from './rules.js';
import { allMatches } from '../text/words.js';

/** A span of the text. */
export interface Range {
  start: number;
  end: number;
}

/** What a polarity word says: a level going up or down, or outright favouring or hindering the group. */
export type MarkerKind = 'up' | 'down' | 'favours' | 'hinders';

/** Words a negator may skip: "not really growing", but "the loss of [the] weapons" only. */
export const VERBAL_REACH = 3;
/**
 * A nominal negator ("lack of", "decline in") and "without" govern their noun phrase ("without
 * serious losses"), not a verb after it ("without complaint have turned").
 */
const NOMINAL_REACH = 1;

/** "Despite these setbacks, ...", "whatever its other failings, ...": what a concession grants is not what the clause claims. */
const CONCESSIVE =
  /\b(?:despite|in spite of|notwithstanding|whatever (?:its|their|his|her|the) (?:other |many |own )?(?:failings|faults|flaws|weaknesses|shortcomings|limitations))\b[^,;.!?\n]*/giu;
const KINDS: MarkerKind[] = ['up', 'down', 'favours', 'hinders'];

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

const compiled = new WeakMap<ClaimRules, CueIndex<CuePattern>>();

const LISTS = [
  'up',
  'down',
  'favours',
  'hinders',
  'negators',
  'hedges',
  'actsOn',
  'revival',
  'decline',
  'balanced',
  'group',
  'reported',
] as const;

function compile(rules: ClaimRules): CueIndex<CuePattern> {
  let index = compiled.get(rules);
  if (!index) {
    index = cueIndex<CuePattern>([
      ...rules.framework.factors.map((f): [string, CuePattern[]] => [`factor:${f.id}`, f.cues]),
      ...LISTS.map((name): [string, CuePattern[]] => [name, rules.language[name]]),
    ]);
    compiled.set(rules, index);
  }
  return index;
}

/**
 * Every cue of the claim rules found once in a whole text, so that each clause and sentence looks
 * its words up instead of running every pattern again: factor cues by factor, polarity words
 * (overlaps resolved in the order up, down, favours, hinders), negators, hedges, concessions, and the
 * revival, decline and group words of the stance.
 */
export class TextIndex {
  readonly factors = new Map<string, (Range & { cue: FactorCue })[]>();
  readonly markers: (Range & { kind: MarkerKind })[] = [];
  /** Negators, with how many words each reaches over a polarity word (`reach`) and over a cue (`cueReach`). */
  readonly negators: (Range & { reach: number; cueReach: number })[];
  readonly hedges: Range[];
  /** Verbs whose decline falls on their object ("the army weakened the group"). */
  readonly actsOn: Range[];
  readonly concessions: Range[];
  readonly revival: Range[];
  readonly decline: Range[];
  readonly balanced: Range[];
  readonly group: Range[];
  /** Words that make what follows a reported view ("critics warn that"), not the document's verdict. */
  readonly reported: Range[];

  constructor(
    readonly text: string,
    rules: ClaimRules,
  ) {
    const hits = scanCues(text, compile(rules));
    const list = (tag: string) => hits.get(tag) ?? [];
    for (const factor of rules.framework.factors) {
      this.factors.set(factor.id, list(`factor:${factor.id}`) as (Range & { cue: FactorCue })[]);
    }
    for (const kind of KINDS) {
      for (const hit of list(kind)) {
        if (!this.markers.some((m) => overlaps(m, hit)))
          this.markers.push({ kind, start: hit.start, end: hit.end });
      }
    }
    this.markers.sort((a, b) => a.start - b.start);
    this.negators = list('negators').map((h) => ({
      start: h.start,
      end: h.end,
      reach: /(?:\s(?:of|in)|^without)$/i.test(h.cue.cue) ? NOMINAL_REACH : VERBAL_REACH,
      cueReach: /^without$/i.test(h.cue.cue) ? NOMINAL_REACH : VERBAL_REACH,
    }));
    this.hedges = list('hedges');
    this.actsOn = list('actsOn');
    this.concessions = allMatches(CONCESSIVE, text).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    this.revival = list('revival');
    this.decline = list('decline');
    this.balanced = list('balanced');
    this.group = list('group');
    this.reported = list('reported');
  }
}
