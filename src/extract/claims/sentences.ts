import { paragraphsOf } from '../../model/document.js';
import type { Span } from '../../model/event.js';

/** A span of the cleaned text with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

const ABBREVIATIONS =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sgt|St|Jr|Sr|No|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|Inc|Ltd|Co))\.$/;

const spanOf = (text: string, start: number, end: number): TextSpan => {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
};

/**
 * Splits a cleaned text into sentences with their offsets: paragraphs first, then at `.`, `!` or
 * `?` followed by a space and a capital, a digit or a quote, unless the period ends an abbreviation
 * ("U.S.", "Dr.", "Jan.").
 */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const para of paragraphsOf(text)) {
    let start = para.start;
    const re = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
    for (let m = re.exec(para.text); m; m = re.exec(para.text)) {
      const end = para.start + m.index + m[0].trimEnd().length;
      if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
      out.push(spanOf(text, start, end));
      start = para.start + m.index + m[0].length;
    }
    if (start < para.end) out.push(spanOf(text, start, para.end));
  }
  return out.filter((s) => s.end > s.start);
}

const CLAUSE_BREAK =
  /\s*;\s*|\s*[—–]\s*|\s+-{1,2}\s+|,\s+(?=(?:and|but|while|whereas|yet|although|though)\s)|\s+(?=but\s)/giu;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Splits a sentence into clauses at semicolons, dashes and before "but", ", and", ", while",
 * ", whereas", ", yet", ", although". A piece of fewer than four words stays with its neighbour, so
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
