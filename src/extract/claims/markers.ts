import type { TextSpan } from './sentences.js';
import { within } from '../text/spans.js';
import { forEachWord } from '../text/words.js';
import type { MarkerKind, TextIndex } from './text-index.js';

export type { MarkerKind } from './text-index.js';

/** A polarity word found in a clause, with its word position and whether a negator turns it. */
export interface Marker {
  kind: MarkerKind;
  start: number;
  end: number;
  /** Index of its first word in the clause. */
  word: number;
  negated: boolean;
  /** It qualifies a quantity of what follows ("a growing number of cases"), not a noun before it. */
  quantifies: boolean;
  /** An active verb whose decline falls on its object ("the army squeezed the branch"), not its subject. */
  actsOn: boolean;
  /**
   * A noun heading an "of" phrase ("since the fall of the regime"), or a modifier right after "of"
   * ("the possibility of reduced Kurdish control"): it speaks of what follows.
   */
  headsOf: boolean;
  /** An infinitive after "to" ("did little to help"): what its subject sets out to do. */
  infinitive: boolean;
  /** The verb of a relative clause ("the mission that replaced it"): it tells what the noun did, not how it stands. */
  relative: boolean;
}

/** What opens a relative clause just before its verb ("that", "which has", "who were", "that once"). */
const RELATIVE_BEFORE =
  /\b(?:that|which|who)\s+(?:(?:once|still|now|also|already|\p{L}+ly)\s+)?(?:(?:has|have|had|was|were|is|are)\s+)?$/iu;

/** What comes before a passive verb ("has been weakened"), whose decline is its subject's. */
const PASSIVE = /\b(?:be|been|being|is|are|was|were|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
/**
 * What opens a verb's object ("weakened the group", "killed dozens"), after a second verb the object
 * shares ("killed or captured a number of").
 */
const OBJECT =
  /^\s+(?:(?:or|and)\s+\p{L}+\s+)?(?:the|its|their|his|her|a|an|many|more|over|one|each|every|nearly|almost|about|around|roughly|at least|dozens|hundreds|thousands|scores|several|some|most|much|all|both|\d)\b/iu;

/** An object named by a capitalised word ("killed JNIM commanders", "arrested Abu Bakr"). */
const NAMED_OBJECT = /^\s+\p{Lu}/u;

/**
 * An object that is the actor's own deployment ("reduce its military presence", "scaled down their
 * footprint"): the verb then tells the actor's level, not what it does to the group.
 */
const OWN_LEVEL =
  /^\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:presence|footprint|commitment|deployments?|contingents?|garrisons?)\b/iu;

/** A noun heading an "of" phrase: a determiner before it, "of" after ("since the fall of the regime"). */
const OF_AFTER = /^\s+of\b/;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+$/i;
const OF_BEFORE = /\bof\s+$/i;
const WORD_AFTER = /^\s+\p{L}/u;

/** A modal whose negator comes after it ("can no longer"). */
const MODAL = /^can$/i;

const QUANTITY = /^\s+(?:number|numbers|share|amount|proportion|level|levels|rate)\s+of\b/i;

const OPPOSITE: Record<MarkerKind, MarkerKind> = {
  up: 'down',
  down: 'up',
  favours: 'hinders',
  hinders: 'favours',
};

/** Word positions of a span: the offset where each word starts. */
export function wordStarts(text: string, span: TextSpan): number[] {
  const starts: number[] = [];
  forEachWord(text.slice(span.start, span.end), (start) => starts.push(span.start + start), "'’-");
  return starts;
}

/** Index of the word at or after `offset`. */
export const wordAt = (starts: number[], offset: number) => {
  let i = 0;
  while (i < starts.length && starts[i]! < offset) i++;
  return i;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The polarity words of a span. A negator ending at most three words before a polarity word turns
 * it the other way ("inability to attract", "not really growing"); a nominal negator ("decline in",
 * "lack of") reaches one word ("decline in the proliferation"), so that "the lack of weapons has
 * stripped" is not turned. A word that is itself a negator ("inability") is not turned by itself.
 * Words inside a concession ("despite these setbacks") are left out.
 */
export function findMarkers(
  index: TextIndex,
  span: TextSpan,
  starts = wordStarts(index.text, span),
): Marker[] {
  const { text } = index;
  const negators = within(index.negators, span);
  const conceded = within(index.concessions, span);
  const verbs = within(index.actsOn, span);
  return within(index.markers, span)
    .filter((m) => !conceded.some((c) => overlaps(c, m)))
    .map(({ kind, start, end }) => {
      const word = wordAt(starts, start);
      const negated =
        negators.some(
          (n) => n.end <= start && !overlaps(n, { start, end }) && word - wordAt(starts, n.end) <= n.reach,
        ) ||
        // "can no longer sustain", "can hardly recruit": the modal's negator follows it.
        (MODAL.test(text.slice(start, end)) && negators.some((n) => n.start >= end && n.start - end <= 1));
      const actsOn =
        verbs.some((v) => overlaps(v, { start, end })) &&
        (OBJECT.test(text.slice(end, end + 32)) || NAMED_OBJECT.test(text.slice(end, end + 4))) &&
        !OWN_LEVEL.test(text.slice(end, end + 48)) &&
        !PASSIVE.test(text.slice(Math.max(span.start, start - 24), start));
      return {
        kind,
        start,
        end,
        word,
        negated,
        quantifies: QUANTITY.test(text.slice(end, end + 24)),
        actsOn,
        headsOf:
          (OF_AFTER.test(text.slice(end, end + 4)) &&
            DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) ||
          (OF_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
            WORD_AFTER.test(text.slice(end, end + 4)) &&
            !/\s/.test(text.slice(start, end))),
        infinitive: /\bto\s+$/i.test(text.slice(Math.max(span.start, start - 4), start)),
        relative: RELATIVE_BEFORE.test(text.slice(Math.max(span.start, start - 16), start)),
      };
    });
}

/** The kind a marker has once its negation is applied. */
export const effectiveKind = (m: Marker): MarkerKind => (m.negated ? OPPOSITE[m.kind] : m.kind);

/**
 * Whether a negator ends within its reach before `offset` in a span: three words for a verbal one
 * ("not distracted", "cannot return"), one for a nominal one ("without complaint have turned" is not).
 */
export function negatedAt(
  index: TextIndex,
  span: TextSpan,
  offset: number,
  starts = wordStarts(index.text, span),
): boolean {
  return within(index.negators, span).some(
    (n) =>
      n.end <= offset &&
      wordAt(starts, offset) - wordAt(starts, n.end) <= n.cueReach &&
      !/[:;]/.test(index.text.slice(n.end, offset)),
  );
}
