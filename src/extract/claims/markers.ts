import { findCues } from './cues.js';
import type { ClaimLanguage } from './language.js';
import type { TextSpan } from './sentences.js';

/** What a polarity word says: a level going up or down, or outright favouring or hindering the group. */
export type MarkerKind = 'up' | 'down' | 'favours' | 'hinders';

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
}

/** Words a negator may skip: "not really growing", but "the loss of [the] weapons" only. */
const VERBAL_REACH = 3;
const NOMINAL_REACH = 1;

/** "Despite these setbacks, ...": what a concession grants is not what the clause claims. */
const CONCESSIVE = /\b(?:despite|in spite of|notwithstanding)\b[^,;]*/giu;

const QUANTITY = /^\s+(?:number|numbers|share|amount|proportion|level|levels|rate)\s+of\b/i;

const KINDS: MarkerKind[] = ['up', 'down', 'favours', 'hinders'];
const OPPOSITE: Record<MarkerKind, MarkerKind> = {
  up: 'down',
  down: 'up',
  favours: 'hinders',
  hinders: 'favours',
};

/** Word positions of a span: the offset where each word starts. */
export function wordStarts(text: string, span: TextSpan): number[] {
  const starts: number[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const body = text.slice(span.start, span.end);
  for (let m = re.exec(body); m; m = re.exec(body)) starts.push(span.start + m.index);
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
export function findMarkers(text: string, span: TextSpan, language: ClaimLanguage): Marker[] {
  const body = span.text;
  const starts = wordStarts(text, span);
  const negators = findCues(body, language.negators).map((h) => ({
    start: span.start + h.start,
    end: span.start + h.end,
    reach: /\s(?:of|in)$/i.test(h.cue.cue) ? NOMINAL_REACH : VERBAL_REACH,
  }));
  const conceded = [...body.matchAll(CONCESSIVE)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  const markers: Marker[] = [];
  for (const kind of KINDS) {
    for (const hit of findCues(body, language[kind])) {
      const start = span.start + hit.start;
      const end = span.start + hit.end;
      if (
        markers.some((m) => overlaps(m, { start, end })) ||
        conceded.some((c) => overlaps(c, { start, end }))
      ) {
        continue;
      }
      const word = wordAt(starts, start);
      const negated = negators.some(
        (n) => n.end <= start && !overlaps(n, { start, end }) && word - wordAt(starts, n.end) <= n.reach,
      );
      const quantifies = QUANTITY.test(text.slice(end, end + 24));
      markers.push({ kind, start, end, word, negated, quantifies });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}

/** The kind a marker has once its negation is applied. */
export const effectiveKind = (m: Marker): MarkerKind => (m.negated ? OPPOSITE[m.kind] : m.kind);

/** Whether a negator ends at most three words before `offset` in a span ("not distracted", "cannot return"). */
export function negatedAt(text: string, span: TextSpan, language: ClaimLanguage, offset: number): boolean {
  const starts = wordStarts(text, span);
  return findCues(span.text, language.negators).some((n) => {
    const end = span.start + n.end;
    return end <= offset && wordAt(starts, offset) - wordAt(starts, end) <= VERBAL_REACH;
  });
}
