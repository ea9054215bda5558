import { foldText, tokenize, type Token } from './fold.js';

/** A phrase found in a text, with the value it was registered with. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  /** The first value registered for the phrase (and accepted, when `find` was given `accept`). */
  value: T;
  /** Every value registered for the phrase (and accepted), in the order they were added. */
  values: T[];
  /** Index of the phrase's first and last word in the token list. */
  first: number;
  last: number;
}

/**
 * Decides whether a value registered for the phrase at tokens `first`..`last` counts there. `find`
 * keeps, at each position, the longest phrase with at least one accepted value.
 */
export type AcceptMatch<T> = (value: T, first: number, last: number) => boolean;

/** Two words belong to one phrase when only a little punctuation and space, and no line break, separate them. */
const joins = (a: Token, b: Token, text: string) => {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
};

/** True for a phrase written without lower-case letters ("IS", "ISWAP", "U.S."): it must match case. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

const NONE = -1;

/**
 * Phrases given all at once as folded keys ("deir ez zor") in ascending code-unit order, with a
 * function giving each key's values. Nothing is built when it is loaded: keys are grouped by their
 * first two characters, and a group's keys go into a hash map the first time a text asks for one
 * of them (so a long-running process ends up with a map of the groups its texts touch, never more
 * than every key once). For large generated word lists such as the gazetteer.
 */
export class SortedPhrases<T> {
  /** For the first two characters of a key (as a number), the range of keys that begin with them. */
  readonly #buckets = new Map<number, [number, number]>();
  /** A bucket's keys and their word prefixes, as `PhraseMatcher` stores its own: see {@link slotOf}. */
  readonly #filled = new Map<number, Map<string, number>>();

  constructor(
    readonly keys: string[],
    readonly valuesAt: (index: number) => T[],
  ) {
    let start = 0;
    for (let k = 1; k <= keys.length; k++) {
      if (k < keys.length && head(keys[k]!) === head(keys[start]!)) continue;
      this.#buckets.set(head(keys[start]!), [start, k]);
      start = k;
    }
  }

  /** The slot of `key` (see {@link slotOf}): its index, and whether some longer key begins with its words; 0 when neither. */
  slot(key: string): number {
    const bucket = head(key);
    let slots = this.#filled.get(bucket);
    if (!slots) {
      const range = this.#buckets.get(bucket);
      if (!range) return 0;
      slots = new Map();
      for (let k = range[0]; k < range[1]; k++) addSlot(slots, this.keys[k]!, k);
      this.#filled.set(bucket, slots);
    }
    return slots.get(key) ?? 0;
  }
}

/**
 * Where a phrase matcher keeps a phrase: `2 * (entry + 1) + 1` when longer phrases begin with it,
 * where `entry` is the phrase's first entry, or -1 for a phrase only ever seen as such a beginning.
 */
const slotOf = (entry: number, continues: boolean) => ((entry + 1) << 1) | (continues ? 1 : 0);
const indexOf = (slot: number) => (slot >> 1) - 1;
const continues = (slot: number) => (slot & 1) === 1;

/** Records `key` under `entry` (when it has none yet), and each of its word prefixes as continuing. */
function addSlot(slots: Map<string, number>, key: string, entry: number): number {
  for (let k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) {
    const prefix = key.slice(0, k);
    slots.set(prefix, (slots.get(prefix) ?? 0) | 1);
  }
  const slot = slots.get(key) ?? 0;
  if (indexOf(slot) === NONE) slots.set(key, slotOf(entry, continues(slot)));
  return indexOf(slot);
}

/**
 * The first two UTF-16 units of a key as one number. A one-character key counts a space second, so
 * it shares its bucket with the keys it begins ("a", "a coruna").
 */
const head = (key: string) => key.charCodeAt(0) * 65536 + (key.length > 1 ? key.charCodeAt(1) : 32);

/**
 * Finds registered phrases in text, word by word, leftmost-longest and without overlaps. Words are
 * compared folded (case, diacritics and punctuation between words ignored: "al-Qaeda" = "al Qaeda"),
 * except acronyms, which must match as written so "IS" never matches the verb "is".
 *
 * Phrases live in one flat map from their folded words to a chain of values, so a matcher holding
 * hundreds of thousands of phrases (the gazetteer) stays compact and quick to fill.
 *
 * @example
 *   const m = new PhraseMatcher<string>();
 *   m.add('Islamic State', 'IS'); m.add('ISIS', 'IS');
 *   m.find('ISIS and the Islamic State group'); // two matches, both 'IS'
 */
export class PhraseMatcher<T> {
  /** Folded phrase -> its slot: its first entry and whether it begins a longer phrase (see {@link slotOf}). */
  readonly #phrases = new Map<string, number>();
  readonly #values: T[] = [];
  /** Next entry registered for the same phrase, or NONE. */
  readonly #next: number[] = [];
  /** Words as written, for entries that must match case (acronyms such as "IS" or "US"). */
  readonly #exact = new Map<number, string[]>();
  readonly #base: SortedPhrases<T> | null;
  #text = '';

  /** A matcher holding the phrases of `base` (never matched case-sensitively) and those added to it. */
  constructor(base?: SortedPhrases<T>) {
    this.#base = base ?? null;
  }

  /** How many (phrase, value) entries the matcher holds. */
  get size(): number {
    return this.#values.length;
  }

  /** Registers `phrase` with `value`. A phrase may carry several values. */
  add(phrase: string, value: T): this {
    const words = tokenize(phrase);
    if (words.length === 0) return this;
    const entry = this.#addKey(words.map((w) => w.folded).join(' '), value);
    if (isAcronym(phrase))
      this.#exact.set(
        entry,
        words.map((w) => w.raw),
      );
    return this;
  }

  /**
   * Registers a phrase already folded as `tokenize` folds words, its words joined by single spaces
   * ("deir ez zor"), with `value`. For bulk loading of prepared names, such as the gazetteer index.
   */
  addFolded(phrase: string, value: T): this {
    if (phrase.length > 0) this.#addKey(phrase, value);
    return this;
  }

  /**
   * Every registered phrase in `text`, in order of appearance. With `accept`, only values it accepts
   * count, and a position whose longest phrase has no accepted value falls back to a shorter one.
   * With `canStart`, phrases are sought only at the words it allows (a quick filter, such as
   * "capitalised").
   */
  find(
    text: string,
    tokens: Token[] = tokenize(text),
    accept?: AcceptMatch<T>,
    canStart?: (index: number) => boolean,
  ): PhraseMatch<T>[] {
    this.#text = text;
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit = canStart && !canStart(i) ? null : this.#longestAt(tokens, i, accept);
      if (!hit) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[hit.last]!.end;
      const values = hit.values;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        value: values[0]!,
        values,
        first: i,
        last: hit.last,
      });
      i = hit.last + 1;
    }
    return out;
  }

  /** The values registered for exactly this phrase (folded), or an empty list. */
  lookup(phrase: string): T[] {
    const key = tokenize(phrase)
      .map((w) => w.folded)
      .join(' ');
    const slot = this.#phrases.get(key);
    const index = indexOf(this.#base?.slot(key) ?? 0);
    const out: T[] = index < 0 ? [] : [...this.#base!.valuesAt(index)];
    for (let e = slot === undefined ? NONE : indexOf(slot); e !== NONE; e = this.#next[e]!)
      out.push(this.#values[e]!);
    return out;
  }

  #addKey(key: string, value: T): number {
    const entry = this.#values.length;
    this.#values.push(value);
    this.#next.push(NONE);
    const first = addSlot(this.#phrases, key, entry);
    if (first !== NONE) {
      let e = first;
      while (this.#next[e] !== NONE) e = this.#next[e]!;
      this.#next[e] = entry;
    }
    return entry;
  }

  #longestAt(tokens: Token[], from: number, accept?: AcceptMatch<T>): { last: number; values: T[] } | null {
    let best: { last: number; values: T[] } | null = null;
    let key = '';
    for (let j = from; j < tokens.length; j++) {
      if (j > from && !joins(tokens[j - 1]!, tokens[j]!, this.#text)) break;
      key = j === from ? tokens[j]!.folded : `${key} ${tokens[j]!.folded}`;
      const slot = this.#phrases.get(key) ?? 0;
      const base = this.#base?.slot(key) ?? 0;
      let values: T[] | null = null;
      if (indexOf(base) !== NONE) {
        const found = this.#base!.valuesAt(indexOf(base));
        for (let v = 0; v < found.length; v++)
          if (!accept || accept(found[v]!, from, j)) (values ??= []).push(found[v]!);
      }
      for (let e = indexOf(slot); e !== NONE; e = this.#next[e]!) {
        const exact = this.#exact.size ? this.#exact.get(e) : undefined;
        if (exact && !exact.every((w, k) => tokens[from + k]!.raw === w)) continue;
        if (accept && !accept(this.#values[e]!, from, j)) continue;
        (values ??= []).push(this.#values[e]!);
      }
      if (values) best = { last: j, values };
      if (!continues(slot) && !continues(base)) break;
    }
    return best;
  }
}

export { foldText };
