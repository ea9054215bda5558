import type { Token } from '../text/fold.js';
import { ARTICLES } from './place-names.js';

/** Lower-case words that may stand inside a capitalised place name ("Deir ez-Zor", "Stratford-upon-Avon"). */
const CONNECTORS = new Set([
  'upon',
  'sur',
  'del',
  'des',
  'der',
  'den',
  'les',
  'las',
  'los',
  'bin',
  'ibn',
  'dos',
  'das',
  'and',
  'the',
]);

/** Lower-case nouns that may end a place name ("al-Sina'a prison", "Hol camp", "Kabul airport"). */
const FACILITIES = new Set([
  'prison',
  'camp',
  'airport',
  'base',
  'airbase',
  'airfield',
  'mosque',
  'church',
  'shrine',
  'market',
  'hotel',
  'stadium',
  'bridge',
  'gate',
  'station',
  'school',
  'university',
  'garrison',
  'checkpoint',
  'mountains',
  'mountain',
  'forest',
  'desert',
  'valley',
  'basin',
  'region',
  'islands',
  'peninsula',
  'district',
  'province',
  'governorate',
  'state',
  'city',
  'area',
  'agency',
  'reserve',
  'park',
  'national',
  'hall',
  'theatre',
]);

const SENTENCE_END = /[.!?\n"“”(:;—–]/;

const startsUpper = (raw: string) => {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
};
const isLower = (raw: string) => !/\p{Lu}/u.test(raw);

/** A text and its words, with the questions the place rules ask about them. */
export class TextView {
  readonly #titleLines = new Map<number, boolean>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {}

  /** True when a name may begin at word k: a capitalised word, or an Arabic article before one. */
  mayStartName(k: number): boolean {
    const raw = this.tokens[k]!.raw;
    if (startsUpper(raw)) return true;
    return (
      ARTICLES.has(this.tokens[k]!.folded) &&
      k + 1 < this.tokens.length &&
      startsUpper(this.tokens[k + 1]!.raw)
    );
  }

  /** True when the words first..last are written as a name: capitalised, or an Arabic article before one. */
  looksLikeName(first: number, last: number): boolean {
    const head = this.tokens[first]!;
    if (!startsUpper(head.raw)) {
      if (!(ARTICLES.has(head.folded) && first < last && startsUpper(this.tokens[first + 1]!.raw)))
        return false;
    }
    for (let k = first + 1; k <= last; k++) {
      const raw = this.tokens[k]!.raw;
      if (startsUpper(raw) || /^\d/.test(raw)) continue;
      if (!isLower(raw) || !(raw.length <= 3 || CONNECTORS.has(raw) || FACILITIES.has(raw))) return false;
    }
    return true;
  }

  /** True when the word is written all in capitals and is short: an acronym more than a name. */
  isShortCapitals(k: number): boolean {
    const raw = this.tokens[k]!.raw;
    return raw.length <= 4 && !/\p{Ll}/u.test(raw);
  }

  /** True when the word opens a sentence, a line or a quotation. */
  isSentenceInitial(k: number): boolean {
    let i = this.tokens[k]!.start - 1;
    while (i >= 0 && (this.text[i] === ' ' || this.text[i] === '\t')) i--;
    return i < 0 || SENTENCE_END.test(this.text[i]!);
  }

  /** True when the word stands in a line written in title case (a headline), where capitals say little. */
  inTitleLine(k: number): boolean {
    const start = this.text.lastIndexOf('\n', this.tokens[k]!.start) + 1;
    let title = this.#titleLines.get(start);
    if (title === undefined) {
      const end = this.text.indexOf('\n', start);
      const words = this.text.slice(start, end < 0 ? undefined : end).match(/\p{L}{4,}/gu) ?? [];
      const capitalised = words.filter(startsUpper).length;
      title = words.length >= 4 && capitalised / words.length >= 0.7;
      this.#titleLines.set(start, title);
    }
    return title;
  }

  /** The text just before word k, up to `chars` characters and not past a line break. */
  before(k: number, chars = 60): string {
    const end = this.tokens[k]!.start;
    const text = this.text.slice(Math.max(0, end - chars), end);
    return text.slice(text.lastIndexOf('\n') + 1);
  }

  /** Up to `count` folded words just before word k, on its line, the nearest last. */
  wordsBefore(k: number, count = 8): string[] {
    const lineStart = this.text.lastIndexOf('\n', this.tokens[k]!.start) + 1;
    const out: string[] = [];
    for (let j = k - 1; j >= 0 && j >= k - count && this.tokens[j]!.start >= lineStart; j--)
      out.push(this.tokens[j]!.folded);
    return out.reverse();
  }

  /** The text just after word k, up to `chars` characters and not past a line break. */
  after(k: number, chars = 40): string {
    const start = this.tokens[k]!.end;
    const text = this.text.slice(start, start + chars);
    const nl = text.indexOf('\n');
    return nl < 0 ? text : text.slice(0, nl);
  }

  /** The word next to word k (`step` -1 before, +1 after) when only one space (or, with `hyphen`, a hyphen) separates them. */
  neighbour(k: number, step: -1 | 1, hyphen = false): Token | null {
    const other = this.tokens[k + step];
    if (!other) return null;
    const gap =
      step < 0
        ? this.text.slice(other.end, this.tokens[k]!.start)
        : this.text.slice(this.tokens[k]!.end, other.start);
    return gap === ' ' || (hyphen && gap === '-') ? other : null;
  }

  startsUpper = (k: number) => startsUpper(this.tokens[k]!.raw);
}
