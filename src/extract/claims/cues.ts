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
 *
 * A word cue's pattern leaves out its word edges, which are tested in code instead: a class of every
 * letter and digit in a case-insensitive pattern costs V8 about a millisecond to build and as much
 * again to compile, and the shipped files hold over a thousand cues.
 */
export interface CuePattern {
  cue: string;
  /** The cue's pattern (sticky), without the edges {@link CuePattern.atWordStart} and `ending` stand for. */
  body: RegExp;
  /** Whether a match must start where no letter or digit comes before it. */
  atWordStart: boolean;
  /**
   * How a match of the body ends: `word`, where no letter or digit follows; `stem`, run on to the
   * end of its word (a trailing `*`); `pattern`, as the body itself says (a `re:` cue).
   */
  ending: 'word' | 'stem' | 'pattern';
}

const LETTER = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles one cue, or throws a message saying what is wrong. */
export function compileCue(cue: string): CuePattern {
  const text = cue.trim();
  if (!text) throw new Error('a cue is empty');
  if (text.startsWith('re:')) {
    // A re: cue that opens with a look-behind for what must come before it sets its own left edge
    // (a second look-behind in front of it would make the search several times slower).
    const atWordStart = !text.startsWith('re:(?<=');
    try {
      return {
        cue: text,
        body: new RegExp(`(?:${text.slice(3)})(?!${LETTER})`, 'yiu'),
        atWordStart,
        ending: 'pattern',
      };
    } catch (error) {
      throw new Error(`the cue "${text}" is not a valid pattern: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  const words = text.split(/\s+/);
  const ending = words[words.length - 1]!.endsWith('*') ? 'stem' : 'word';
  const body = words.map((w, i) => {
    const wild = w.endsWith('*');
    const core = escape(wild ? w.slice(0, -1) : w).replace(/['’]/g, "['’]");
    return wild && i < words.length - 1 ? `${core}${LETTER}*` : core;
  });
  const flags = /^[A-Z][A-Z-]+$/.test(text) ? 'yu' : 'yiu';
  return { cue: text, body: new RegExp(body.join('[\\s-]+'), flags), atWordStart: true, ending };
}

const isLetterAt = /[\p{L}\p{N}]/uy;
const restOfWord = /[\p{L}\p{N}]*/uy;

/** Where a match of `cue`'s body that ends at `end` really ends, or -1 when it is no match. */
function settle(cue: CuePattern, text: string, end: number): number {
  if (cue.ending === 'stem') {
    restOfWord.lastIndex = end;
    restOfWord.test(text);
    return restOfWord.lastIndex;
  }
  if (cue.ending === 'word') {
    isLetterAt.lastIndex = end;
    return isLetterAt.test(text) ? -1 : end;
  }
  return end;
}

/**
 * Where a match of `cue` starting at `at` ends, or -1 when none starts there. The caller vouches
 * that a word may start at `at`.
 */
export function cueEndAt(cue: CuePattern, text: string, at: number): number {
  cue.body.lastIndex = at;
  return cue.body.test(text) ? settle(cue, text, cue.body.lastIndex) : -1;
}

/** The global form of each cue's body, for searching a whole text; built when first needed. */
const searchPatterns = new WeakMap<RegExp, RegExp>();

function searchPattern(body: RegExp): RegExp {
  let search = searchPatterns.get(body);
  if (!search) searchPatterns.set(body, (search = new RegExp(body.source, body.flags.replace('y', 'g'))));
  return search;
}

const startsWord = /(?<![\p{L}\p{N}])/uy;

/** Whether a word may start at `at`: no letter or digit just before it. */
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
    const pattern = searchPattern(cue.body);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end =
        !cue.atWordStart || wordMayStart(text, m.index) ? settle(cue, text, m.index + m[0].length) : -1;
      if (end <= m.index) {
        pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      hits.push({ cue, start: m.index, end });
      pattern.lastIndex = end;
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A cue of a tagged list, ready to be tried at one position. */
interface Entry<C> {
  tag: string;
  cue: C;
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

function patternEntry<C extends CuePattern>(
  tag: string,
  cue: C,
  openings: OpeningNode<number>,
  at: number,
): PatternEntry<C> {
  const words = patternOpenings(cue.cue.slice(3));
  if (!words) return { tag, cue, sticky: null, finder: null };
  const sticky = cue.body;
  if (!cue.atWordStart) return { tag, cue, sticky, finder: new RegExp(words.join('|'), 'giu') };
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
    for (const { tag, cue, second } of entries) {
      if (second >= 0) {
        // A cheap look at the next word spares most of the patterns of cues that open with "the".
        if (next === -2) next = nextWordOpening(text, end);
        if (next !== second) continue;
      }
      const matched = cueEndAt(cue, text, at);
      if (matched >= 0) words.push({ tag, hit: { cue, start: at, end: matched } });
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
