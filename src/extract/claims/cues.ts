import { forEachWord } from '../text/words.js';

/**
 * A compiled cue: a word or phrase from a data file and the pattern that finds it.
 * Cue syntax: case-insensitive whole words; a trailing `*` matches any ending; a cue written in
 * capitals (`IS`, `SDF`) matches case-sensitively; `re:` starts a regular expression.
 */
export interface CuePattern {
  cue: string;
  pattern: RegExp;
}

const LETTER = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles one cue to a global regular expression, or throws a message saying what is wrong. */
export function compileCue(cue: string): CuePattern {
  const text = cue.trim();
  if (!text) throw new Error('a cue is empty');
  let body: string;
  let flags = 'gu';
  if (text.startsWith('re:')) {
    body = `(?:${text.slice(3)})`;
    flags += 'i';
  } else {
    const words = text.split(/\s+/).map((w) => {
      const wild = w.endsWith('*');
      const core = escape(wild ? w.slice(0, -1) : w).replace(/['’]/g, "['’]");
      return wild ? `${core}${LETTER}*` : core;
    });
    body = words.join('[\\s-]+');
    if (!/^[A-Z][A-Z-]+$/.test(text)) flags += 'i';
  }
  try {
    // A re: cue that opens with a look-behind for what must come before it sets its own left edge
    // (a second look-behind in front of it would make the search several times slower).
    const edge = text.startsWith('re:(?<=') ? '' : `(?<!${LETTER})`;
    return { cue: text, pattern: new RegExp(`${edge}${body}(?!${LETTER})`, flags) };
  } catch (error) {
    throw new Error(`the cue "${text}" is not a valid pattern: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** What a compiled cue's pattern opens with: no letter or digit just before the match. */
const WORD_START = `(?<!${LETTER})`;
const startsWord = new RegExp(WORD_START, 'uy');

/**
 * The pattern without its opening look-behind, for searching: a pattern that opens with a
 * look-behind is tried at every position of the text, which makes a scan several times slower.
 */
const searchPatterns = new WeakMap<RegExp, RegExp>();

function searchPattern(pattern: RegExp): RegExp {
  let search = searchPatterns.get(pattern);
  if (!search) {
    const { source, flags } = pattern;
    search = source.startsWith(WORD_START) ? new RegExp(source.slice(WORD_START.length), flags) : pattern;
    searchPatterns.set(pattern, search);
  }
  return search;
}

/** Whether a word may start at `at` (the look-behind the search pattern left out). */
const wordMayStart = (text: string, at: number) => {
  startsWord.lastIndex = at;
  return startsWord.test(text);
};

/** Every match of any of `cues` in `text`, as offsets, in order of position. */
export function findCues<C extends CuePattern>(
  text: string,
  cues: readonly C[],
): { cue: C; start: number; end: number }[] {
  const hits: { cue: C; start: number; end: number }[] = [];
  for (const cue of cues) {
    const pattern = searchPattern(cue.pattern);
    const guarded = pattern !== cue.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (guarded && !wordMayStart(text, m.index)) {
        pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      if (!m[0]) {
        pattern.lastIndex++;
        continue;
      }
      hits.push({ cue, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A cue of a tagged list, ready to be tried at one position. */
interface Entry<C> {
  tag: string;
  cue: C;
  sticky: RegExp;
}

/** Cues whose first word ends in `*`, as a tree of the letters of that word's stem. */
interface PrefixNode<C> {
  next: Map<string, PrefixNode<C>>;
  /** The cues whose stem ends here. */
  entries: Entry<C>[];
}

const prefixNode = <C>(): PrefixNode<C> => ({ next: new Map(), entries: [] });

/** Cues of many lists indexed by their first word, so that a text is read once for all of them. */
export interface CueIndex<C extends CuePattern> {
  exact: Map<string, Entry<C>[]>;
  prefixes: PrefixNode<C>;
  /** `re:` cues, which cannot be indexed by a word: searched on their own. */
  patterns: { tag: string; cue: C }[];
}

const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const fold = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

function addPrefix<C>(root: PrefixNode<C>, stem: string, entry: Entry<C>): void {
  let node = root;
  for (const unit of stem.split('')) {
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = prefixNode()));
    node = child;
  }
  node.entries.push(entry);
}

/** Indexes tagged lists of cues by their first word (or its stem, for a trailing `*`). */
export function cueIndex<C extends CuePattern>(lists: [string, readonly C[]][]): CueIndex<C> {
  const index: CueIndex<C> = { exact: new Map(), prefixes: prefixNode(), patterns: [] };
  for (const [tag, cues] of lists) {
    for (const cue of cues) {
      if (cue.cue.startsWith('re:')) {
        index.patterns.push({ tag, cue });
        continue;
      }
      const first = fold(cue.cue.split(/\s+/)[0]!);
      const entry = {
        tag,
        cue,
        sticky: new RegExp(cue.pattern.source, `${cue.pattern.flags.replace('g', '')}y`),
      };
      if (first.endsWith('*')) addPrefix(index.prefixes, first.slice(0, -1), entry);
      else add(index.exact, first, entry);
    }
  }
  return index;
}

/**
 * Every match of every indexed cue in `text`, by tag, in order of position: each word is looked up
 * (whole, and each of its beginnings that is an indexed stem, shortest first) and only the cues
 * starting with it are tried there. A hyphenated word is read part by part, which also finds cues
 * written with a space.
 */
export function scanCues<C extends CuePattern>(
  text: string,
  index: CueIndex<C>,
): Map<string, { cue: C; start: number; end: number }[]> {
  const out = new Map<string, { cue: C; start: number; end: number }[]>();
  const push = (tag: string, hit: { cue: C; start: number; end: number }) => add(out, tag, hit);
  for (const { tag, cue } of index.patterns) for (const hit of findCues(text, [cue])) push(tag, hit);
  const tryAll = (entries: Entry<C>[] | undefined, at: number) => {
    if (!entries) return;
    for (const { tag, cue, sticky } of entries) {
      sticky.lastIndex = at;
      if (sticky.test(text)) push(tag, { cue, start: at, end: sticky.lastIndex });
    }
  };
  forEachWord(
    text,
    (start, end) => {
      const word = fold(text.slice(start, end));
      tryAll(index.exact.get(word), start);
      let node: PrefixNode<C> | undefined = index.prefixes;
      for (let n = 0; n < word.length && node; n++) {
        node = node.next.get(word[n]!);
        if (node?.entries.length) tryAll(node.entries, start);
      }
    },
    "'’",
  );
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
