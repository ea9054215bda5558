import type { Span } from '../../model/event.js';
import { splitSentences, type Sentence } from '../text/index.js';

/** A span of the cleaned text with the text it covers. */
export type TextSpan = Sentence;

const spanOf = (text: string, start: number, end: number): TextSpan => {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
};

/** Sentences with their offsets (the shared splitter of `extract/text`). */
export { splitSentences };

// A bare "but" opens a clause unless it sits inside a phrase: "all but stopped", "anything but
// weak", "not only … but also".
// A sentence opening with "while", "whereas", "although", "though", "even though" or "even if" ("While
// the air force remains an advantage, aircraft cannot hold ground") sets a contrast or concession
// that ends at its first comma. (The look-behind follows the
// comma so that it is tried at commas only, not at every position.)
const CLAUSE_BREAK =
  /\s*;\s*|\s*[—–]\s*|\s+-{1,2}\s+|,\s+(?=(?:and|but|while|whereas|yet|although|though)\s)|(?<!\b(?:all|anything|nothing|everything))\s+(?=but\s(?!also\b))|,(?<=^(?:while|whereas|although|though|even though|even if)\s[^,;]{8,120},)\s+/giu;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Splits a sentence into clauses at semicolons, dashes and before "but", ", and", ", while",
 * ", whereas", ", yet", ", although", and at the comma that closes a sentence-opening "while", "whereas", "although" or "though" clause. A piece of fewer than four words stays with its neighbour, so
 * that "—specifically—" does not become a clause of its own.
 */
export function splitClauses(text: string, sentence: Span): TextSpan[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    if (m.index > 0) cuts.push(m.index);
    if (!m[0]) CLAUSE_BREAK.lastIndex++;
  }
  CLAUSE_BREAK.lastIndex = 0;
  const bounds = [0, ...cuts, body.length];
  const pieces: TextSpan[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = spanOf(text, sentence.start + bounds[i]!, sentence.start + bounds[i + 1]!);
    const trimmed = trimJoiner(text, piece);
    if (trimmed.end <= trimmed.start) continue;
    const last = pieces[pieces.length - 1];
    if (last && (words(trimmed.text) < 4 || words(last.text) < 4)) {
      pieces[pieces.length - 1] = spanOf(text, last.start, trimmed.end);
    } else pieces.push(trimmed);
  }
  return pieces;
}

function trimJoiner(text: string, span: TextSpan): TextSpan {
  const lead = /^(?:[;,—–-]+\s*)?(?:(?:and|but|while|whereas|yet)\s+)?/i.exec(span.text);
  return lead?.[0] ? spanOf(text, span.start + lead[0].length, span.end) : span;
}
