import { foldText, tokenize, type Token } from './fold.js';

/** A phrase found in a text, with the value it was registered with. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Entry<T> {
  value: T;
  /** Words as written, for phrases that must match case (acronyms such as "IS" or "US"). */
  exact: string[] | null;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Entry<T>[];
}

/** Two words belong to one phrase when only a little punctuation and space, and no line break, separate them. */
const joins = (a: Token, b: Token, text: string) => {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && !gap.includes('\n');
};

const newNode = <T>(): Node<T> => ({ next: new Map(), entries: [] });

/** True for a phrase written without lower-case letters ("IS", "ISWAP", "U.S."): it must match case. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

/**
 * Finds registered phrases in text, word by word, leftmost-longest and without overlaps. Words are
 * compared folded (case, diacritics and punctuation between words ignored: "al-Qaeda" = "al Qaeda"),
 * except acronyms, which must match as written so "IS" never matches the verb "is".
 *
 * @example
 *   const m = new PhraseMatcher<string>();
 *   m.add('Islamic State', 'IS'); m.add('ISIS', 'IS');
 *   m.find('ISIS and the Islamic State group'); // two matches, both 'IS'
 */
export class PhraseMatcher<T> {
  readonly #root: Node<T> = newNode();
  #size = 0;
  #text = '';

  get size(): number {
    return this.#size;
  }

  /** Registers `phrase` with `value`. A phrase may carry several values; `find` reports the first. */
  add(phrase: string, value: T): this {
    const words = tokenize(phrase);
    if (words.length === 0) return this;
    let node = this.#root;
    for (const w of words) {
      let child = node.next.get(w.folded);
      if (!child) node.next.set(w.folded, (child = newNode()));
      node = child;
    }
    node.entries.push({ value, exact: isAcronym(phrase) ? words.map((w) => w.raw) : null });
    this.#size++;
    return this;
  }

  /** Every registered phrase in `text`, in order of appearance. */
  find(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    this.#text = text;
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit = this.#longestAt(tokens, i);
      if (!hit) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[hit.last]!.end;
      out.push({ start, end, text: text.slice(start, end), value: hit.value });
      i = hit.last + 1;
    }
    return out;
  }

  /** The values registered for exactly this phrase (folded), or an empty list. */
  lookup(phrase: string): T[] {
    let node: Node<T> | undefined = this.#root;
    for (const w of tokenize(phrase)) node = node?.next.get(w.folded);
    return node?.entries.map((e) => e.value) ?? [];
  }

  #longestAt(tokens: Token[], from: number): { last: number; value: T } | null {
    let node: Node<T> | undefined = this.#root;
    let best: { last: number; value: T } | null = null;
    for (let j = from; j < tokens.length && node; j++) {
      if (j > from && !joins(tokens[j - 1]!, tokens[j]!, this.#text)) break;
      node = node.next.get(tokens[j]!.folded);
      if (!node) break;
      for (const entry of node.entries) {
        if (entry.exact && !entry.exact.every((w, k) => tokens[from + k]!.raw === w)) continue;
        best = { last: j, value: entry.value };
        break;
      }
    }
    return best;
  }
}

export { foldText };
