import { forEachWord } from '../text/words.js';
import {
  addOpenings,
  foldedAscii,
  forEachOpening,
  openingNode,
  patternOpenings,
  type OpeningNode,
} from './pattern-openings.js';

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
  /**
   * For a cue of several words whose first is plain ASCII: the letter its second word opens with
   * (as {@link foldedAscii} gives it), which the text's next word must open with; else -1.
   */
  second: number;
}

/** Cues whose first word ends in `*`, as a tree of the letters of that word's stem. */
interface PrefixNode<C> {
  next: Map<string, PrefixNode<C>>;
  /** The cues whose stem ends here. */
  entries: Entry<C>[];
}

const prefixNode = <C>(): PrefixNode<C> => ({ next: new Map(), entries: [] });

/**
 * A `re:` cue; `sticky` when it is tried only where one of its openings is spelt: at a word's start
 * (found through `CueIndex.openings`) or, for a cue that sets its own left edge, wherever `finder`
 * finds one. Null when it must be searched for.
 */
interface PatternEntry<C> {
  tag: string;
  cue: C;
  sticky: RegExp | null;
  finder: RegExp | null;
}

/** Cues of many lists indexed by their first word, so that a text is read once for all of them. */
export interface CueIndex<C extends CuePattern> {
  exact: Map<string, Entry<C>[]>;
  prefixes: PrefixNode<C>;
  /** `re:` cues, in list order. */
  patterns: PatternEntry<C>[];
  /** The `re:` cues with a sticky pattern, by the words they open with (positions in `patterns`). */
  openings: OpeningNode<number>;
}

const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** A lower-case word with its curly apostrophes made straight. */
const apostrophes = (lower: string) => (lower.includes('’') ? lower.replace(/’/g, "'") : lower);

const fold = (word: string) => apostrophes(word.toLowerCase());

function addPrefix<C>(root: PrefixNode<C>, stem: string, entry: Entry<C>): void {
  let node = root;
  for (const unit of stem.split('')) {
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = prefixNode()));
    node = child;
  }
  node.entries.push(entry);
}

/**
 * A cue's pattern tried at one position where a word may start: without its opening look-behind,
 * which every such position passes (and which is slow to run).
 */
const stickyAtWord = (pattern: RegExp) => {
  const search = searchPattern(pattern);
  return new RegExp(search.source, `${search.flags.replace('g', '')}y`);
};

function patternEntry<C extends CuePattern>(
  tag: string,
  cue: C,
  openings: OpeningNode<number>,
  at: number,
): PatternEntry<C> {
  const words = patternOpenings(cue.cue.slice(3));
  if (!words) return { tag, cue, sticky: null, finder: null };
  const sticky = stickyAtWord(cue.pattern);
  if (!cue.pattern.source.startsWith(WORD_START))
    return { tag, cue, sticky, finder: new RegExp(words.join('|'), 'giu') };
  addOpenings(openings, words, at);
  return { tag, cue, sticky, finder: null };
}

/** Indexes tagged lists of cues by their first word (or its stem, for a trailing `*`). */
export function cueIndex<C extends CuePattern>(lists: [string, readonly C[]][]): CueIndex<C> {
  const index: CueIndex<C> = {
    exact: new Map(),
    prefixes: prefixNode(),
    patterns: [],
    openings: openingNode(),
  };
  for (const [tag, cues] of lists) {
    for (const cue of cues) {
      if (cue.cue.startsWith('re:')) {
        index.patterns.push(patternEntry(tag, cue, index.openings, index.patterns.length));
        continue;
      }
      const words = cue.cue.split(/\s+/);
      const first = fold(words[0]!);
      const plain = words.length > 1 && /^[a-z0-9']+$/.test(first);
      const entry = {
        tag,
        cue,
        sticky: stickyAtWord(cue.pattern),
        second: plain ? foldedAscii(words[1]!.charCodeAt(0)) : -1,
      };
      if (first.endsWith('*')) addPrefix(index.prefixes, first.slice(0, -1), entry);
      else add(index.exact, first, entry);
    }
  }
  return index;
}

const SEPARATOR = /[\s-]+/y;
const APOSTROPHE = /['’]/;

/** What the word after a word ending at `end` opens with (see {@link foldedAscii}); -1 when none follows a separator. */
function nextWordOpening(text: string, end: number): number {
  SEPARATOR.lastIndex = end;
  return SEPARATOR.test(text) ? foldedAscii(text.charCodeAt(SEPARATOR.lastIndex)) : -1;
}

type Hit<C> = { cue: C; start: number; end: number };

/** The matches of `sticky` tried wherever `finder` matches, as a global search would give them. */
function found<C>(text: string, cue: C, sticky: RegExp, finder: RegExp): Hit<C>[] {
  const hits: Hit<C>[] = [];
  let end = 0;
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    const at = m.index;
    finder.lastIndex = at + 1;
    if (at < end) continue;
    sticky.lastIndex = at;
    if (sticky.test(text) && sticky.lastIndex > at) {
      hits.push({ cue, start: at, end: sticky.lastIndex });
      end = sticky.lastIndex;
    }
  }
  return hits;
}

/**
 * Every match of every indexed cue in `text`, by tag, in order of position: each word is looked up
 * (whole, and each of its beginnings that is an indexed stem, shortest first) and only the cues
 * starting with it are tried there. A hyphenated word is read part by part, which also finds cues
 * written with a space. A `re:` cue with known openings is tried only where one is spelt, at a
 * word's start or after an apostrophe inside it, and not inside its own last match (the matches a
 * global search gives); the others are searched for.
 */
export function scanCues<C extends CuePattern>(text: string, index: CueIndex<C>): Map<string, Hit<C>[]> {
  const { patterns } = index;
  const opened = patterns.map(() => ({ hits: [] as Hit<C>[], end: 0 }));
  const tryOpened = (at: number) =>
    forEachOpening(text, at, index.openings, (k) => {
      const state = opened[k]!;
      const { cue, sticky } = patterns[k]!;
      if (at < state.end) return;
      sticky!.lastIndex = at;
      if (sticky!.test(text) && sticky!.lastIndex > at) {
        state.hits.push({ cue, start: at, end: sticky!.lastIndex });
        state.end = sticky!.lastIndex;
      }
    });
  const words: { tag: string; hit: Hit<C> }[] = [];
  const tryAll = (entries: Entry<C>[] | undefined, at: number, end: number) => {
    if (!entries) return;
    let next = -2;
    for (const { tag, cue, sticky, second } of entries) {
      if (second >= 0) {
        // A cheap look at the next word spares most of the patterns of cues that open with "the".
        if (next === -2) next = nextWordOpening(text, end);
        if (next !== second) continue;
      }
      sticky.lastIndex = at;
      if (sticky.test(text)) words.push({ tag, hit: { cue, start: at, end: sticky.lastIndex } });
    }
  };
  // Lower-casing the text once costs less than lower-casing each word; only 'İ' lengthens when
  // lower-cased, so when the length holds, every word's offsets hold too.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  forEachWord(
    text,
    (start, end) => {
      const word = aligned ? apostrophes(lower.slice(start, end)) : fold(text.slice(start, end));
      tryOpened(start);
      if (word.includes("'")) {
        for (let i = start + 1; i < end; i++) if (APOSTROPHE.test(text[i - 1]!)) tryOpened(i);
      }
      tryAll(index.exact.get(word), start, end);
      // "the army's", "ISKP's": a plain cue in the possessive.
      if (word.endsWith("'s")) tryAll(index.exact.get(word.slice(0, -2)), start, end);
      let node: PrefixNode<C> | undefined = index.prefixes;
      for (let n = 0; n < word.length && node; n++) {
        node = node.next.get(word[n]!);
        if (node?.entries.length) tryAll(node.entries, start, end);
      }
    },
    "'’",
  );
  const out = new Map<string, Hit<C>[]>();
  patterns.forEach(({ tag, cue, sticky, finder }, k) => {
    const hits = !sticky
      ? findCues(text, [cue])
      : finder
        ? found(text, cue, sticky, finder)
        : opened[k]!.hits;
    for (const hit of hits) add(out, tag, hit);
  });
  for (const { tag, hit } of words) add(out, tag, hit);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
