/**
 * The words any match of a regular expression must open with: for each way the pattern can begin,
 * its leading run of literal letters and digits, lower-cased ("(ethnic|tribal) tensions?" opens
 * with `ethnic` or `tribal`; "counter-?terrorism" with `counter`; "U\.S\." with `u`). Null when
 * some way of beginning has no such run (a class, a wildcard, an optional first word), so the
 * pattern must be searched for everywhere. Look-behinds at the start are skipped (they read
 * nothing at the match). No run is a prefix of another: each is the shortest needed.
 *
 * @example
 *   patternOpenings("(its|their) (top )?leaders?"); // ['its', 'their']
 *   patternOpenings('\\w+ forces'); // null
 */
export function patternOpenings(source: string): string[] | null {
  const runs = alternativeOpenings(source);
  if (!runs || runs.some((r) => r === '')) return null;
  const unique = [...new Set(runs)].sort((a, b) => a.length - b.length);
  return unique.filter((r, i) => !unique.slice(0, i).some((shorter) => r.startsWith(shorter)));
}

const LITERAL = /[A-Za-z0-9]/;

/** Index just past the group or class that opens at `at` (escapes and nesting respected). */
function closing(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a pattern (split at `|` outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '(' || c === '[') {
      const end = c === '(' ? closing(source, i) : source.indexOf(']', i + 1) + 1;
      if (end <= 0) return [source];
      i = end - 1;
    } else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Leading literal runs of each alternative; '' for one that opens with no literal letter. */
function alternativeOpenings(source: string): string[] | null {
  const out: string[] = [];
  for (const alternative of alternatives(source)) {
    const runs = sequenceOpenings(alternative);
    if (!runs) return null;
    out.push(...runs);
  }
  return out;
}

const QUANTIFIED = (c: string | undefined) => c === '?' || c === '*' || c === '{';

function sequenceOpenings(sequence: string): string[] | null {
  let i = 0;
  while (sequence.startsWith('(?<!', i) || sequence.startsWith('(?<=', i)) {
    i = closing(sequence, i);
    if (i < 0) return null;
  }
  let run = '';
  for (; i < sequence.length; i++) {
    const c = sequence[i]!;
    if (LITERAL.test(c)) {
      if (QUANTIFIED(sequence[i + 1])) return run ? [run] : null;
      run += c.toLowerCase();
      if (sequence[i + 1] === '+') return [run];
      continue;
    }
    if (c !== '(' || sequence.startsWith('(?=', i) || sequence.startsWith('(?!', i)) break;
    if (sequence.startsWith('(?<!', i) || sequence.startsWith('(?<=', i)) break;
    const end = closing(sequence, i);
    if (end < 0) return null;
    if (QUANTIFIED(sequence[end])) break;
    const inner = sequence.slice(i + 1, end - 1).replace(/^\?(?::|<[A-Za-z]\w*>)/, '');
    const runs = alternativeOpenings(inner);
    if (!runs) break;
    return runs.map((r) => run + r);
  }
  return [run];
}

/**
 * The character code of the letter or digit in [a-z0-9] that a character matches in a pattern with
 * flags `iu`, or -1: besides both cases of ASCII, 'ſ' matches `s` and the Kelvin sign `k`.
 */
export function foldedAscii(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return -1;
}

/** Openings of many patterns as a tree of their letters; `entries` are the patterns whose opening ends at a node. */
export interface OpeningNode<T> {
  /** By character code (arrays: faster than a map for the few codes of [a-z0-9]). */
  next: (OpeningNode<T> | undefined)[];
  entries: T[];
}

export const openingNode = <T>(): OpeningNode<T> => ({ next: [], entries: [] });

/** Adds `entry` under each of its openings (as {@link patternOpenings} gives them). */
export function addOpenings<T>(root: OpeningNode<T>, openings: string[], entry: T): void {
  for (const opening of openings) {
    let node = root;
    for (let i = 0; i < opening.length; i++) {
      const code = opening.charCodeAt(i);
      node = node.next[code] ??= openingNode();
    }
    node.entries.push(entry);
  }
}

/** Calls `visit` with every entry one of whose openings the text spells at `at` (any case). */
export function forEachOpening<T>(
  text: string,
  at: number,
  root: OpeningNode<T>,
  visit: (entry: T) => void,
): void {
  let node: OpeningNode<T> | undefined = root;
  for (let i = at; i < text.length; i++) {
    const code = foldedAscii(text.charCodeAt(i));
    node = code < 0 ? undefined : node.next[code];
    if (!node) return;
    for (const entry of node.entries) visit(entry);
  }
}
