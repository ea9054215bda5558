import { forEachWord } from './words.js';

/** Lower-cases and strips diacritics and typographic quotes, so "Dā‘ish" and "daish" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u02bc\u02be\u02bf]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase();
}

/** A word of a text with its offsets: a run of letters and digits. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** The word folded for comparison. */
  folded: string;
}

/** The last long text tokenized: the recognizers that read one document in turn share its words. */
let last: { text: string; tokens: Token[] } | null = null;
const REMEMBER_FROM = 2_000;

/**
 * Splits text into words (runs of letters and digits), keeping their offsets. The words of the
 * last long text are remembered, so the recognizers reading one document tokenize it once; callers
 * must not modify the array.
 */
export function tokenize(text: string): Token[] {
  if (last && last.text === text) return last.tokens;
  const tokens = splitWords(text);
  if (text.length >= REMEMBER_FROM) last = { text, tokens };
  return tokens;
}

function splitWords(text: string): Token[] {
  const tokens: Token[] = [];
  // Lower-casing the text once costs less than lower-casing each word; only 'İ' lengthens when
  // lower-cased, so when the length holds, an ASCII word's offsets hold too.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  forEachWord(text, (start, end, ascii) => {
    const raw = text.slice(start, end);
    const folded = !ascii ? foldText(raw) : aligned ? lower.slice(start, end) : raw.toLowerCase();
    tokens.push({ start, end, raw, folded });
  });
  return tokens;
}
