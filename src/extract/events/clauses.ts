import type { Sentence } from '../text/index.js';

/**
 * Splits off the clause of a sentence that tells of an earlier incident by way of comparison:
 * "..., the deadliest since July 2018, when a bomber killed 150 at a rally" becomes the main part and
 * "July 2018, when a bomber killed 150 at a rally". Other sentences come back whole.
 */
export function splitComparison(sentence: Sentence): Sentence[] {
  const m = /\b(?:since|in|on|than\s+(?:in|on))\s+((?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:\d{1,2},?\s+)?\d{4})\s*,?\s+when\b/.exec(
    sentence.text,
  );
  if (!m || m.index === 0) return [sentence];
  const cut = m.index + m[0].indexOf(m[1]!);
  return [
    { start: sentence.start, end: sentence.start + cut, text: sentence.text.slice(0, cut) },
    { start: sentence.start + cut, end: sentence.end, text: sentence.text.slice(cut) },
  ];
}
