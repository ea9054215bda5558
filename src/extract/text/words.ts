const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** How many UTF-16 units the letter or digit at `i` takes (2 for a surrogate pair), or 0 when there is none there. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

/**
 * Calls `visit` with the offsets of every word of `text`, in order: a run of letters and digits,
 * which, once begun, may go on through the characters of `inner` ("'’" keeps "group's" one word).
 * The same words as a global match of `[\p{L}\p{N}][\p{L}\p{N}<inner>]*` (flag `u`), found without
 * running a regular expression over every character. `ascii` is true when the word is plain ASCII.
 *
 * @example
 *   forEachWord("the group's fighters", (start, end) => words.push([start, end]), "'");
 *   // [0, 3], [4, 11], [12, 20]
 */
export function forEachWord(
  text: string,
  visit: (start: number, end: number, ascii: boolean) => void,
  inner = '',
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = letterOrDigitAt(text, i);
    if (first === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = text.charCodeAt(i) < 128;
    i += first;
    while (i < length) {
      const next = letterOrDigitAt(text, i) || (inner !== '' && inner.includes(text[i]!) ? 1 : 0);
      if (next === 0) break;
      if (text.charCodeAt(i) >= 128) ascii = false;
      i += next;
    }
    visit(start, i, ascii);
  }
}

/**
 * Every match of a global regular expression in `text`, as `text.matchAll(pattern)` gives them, but
 * without the copy of the pattern `matchAll` makes on every call (which costs more than the search
 * on a sentence). Resets `pattern.lastIndex`, so the pattern must not be in use by a caller.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      const wide = pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
      pattern.lastIndex += wide ? 2 : 1;
    }
  }
  return out;
}
