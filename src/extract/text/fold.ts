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

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into words (runs of letters and digits), keeping their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: foldText(m[0]) });
  }
  return tokens;
}
