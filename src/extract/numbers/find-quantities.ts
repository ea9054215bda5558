import { MONTH } from '../dates/patterns.js';
import { NUMBER_WORDS_SOURCE, parseCardinal, parseDigits, parseNumberWords } from './number-words.js';
import type { Quantity } from './quantity.js';
import { VAGUE_AMOUNTS, VAGUE_MULTIPLIERS, VAGUE_SCALES } from './vague-quantities.js';

const MODIFIERS = {
  min:
    'at least|at the very least|more than|over|well over|just over|upwards of|in excess of|no fewer than|' +
    'no less than|not less than|a minimum of|above',
  nearly: 'nearly|almost|close to|just under|just short of|not quite',
  approx: 'about|around|some|roughly|approximately|an estimated|estimated|circa|approx\\.',
  max: 'up to|as many as|no more than|not more than|at most|a maximum of',
  below: 'fewer than|less than|under|below',
};

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?';
const SIMPLE = `(?:${DIGITS}|${NUMBER_WORDS_SOURCE})`;
const VAGUE =
  'tens of thousands|hundreds of thousands|tens of millions|(?:several|a few|a couple of)\\s+(?:dozen|hundred|thousand|million)(?!s)|' +
  'dozens|hundreds|thousands|millions|tens(?=\\s+of\\b)|scores(?=\\s+of\\b)|several|multiple|a few|a handful(?:\\s+of)?|a couple(?:\\s+of)?';

const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,\\-–])` +
    `(?:(?:${Object.entries(MODIFIERS)
      .map(([name, words]) => `(?<${name}>${words})`)
      .join('|')})\\s+)?` +
    `(?:between\\s+(?<bLo>${SIMPLE})\\s+and\\s+(?<bHi>${SIMPLE})` +
    `|(?<dLo>${DIGITS})\\s*[-–]\\s*(?<dHi>${DIGITS})` +
    `|(?<rLo>${SIMPLE})\\s+(?:to|or)\\s+(?<rHi>${SIMPLE})` +
    `|(?<vague>${VAGUE})` +
    `|(?<dozen>(?:half\\s+a|a|${SIMPLE})\\s+dozen)(?!s)` +
    `|(?<digits>${DIGITS})(?:\\s*(?<scale>million|billion|bn|thousand|hundred)\\b)?` +
    `|(?<words>${NUMBER_WORDS_SOURCE}))` +
    `(?<more>\\s+or\\s+more|\\+|-plus)?(?![\\p{L}\\d]|[-–]\\p{L}|,\\d)`,
  'giu',
);

const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, 'u');
const MONTH_BEFORE = new RegExp(`${MONTH}\\s+$`, 'u');
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|hours GMT|o'clock|:\d\d)/i;
const AGE = /^\s+years?\s+old\b/i;
const YEAR_LIKE = /^(?:19|20)\d{2}$/;
const COUNTED_AFTER_YEAR =
  /^\s+(?:\p{L}+\s+)?(?:\p{Ll}+s|people|men|women|children|police|personnel|staff)\b/u;

function notAQuantity(text: string, start: number, end: number, core: string, modified: boolean): boolean {
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 20), start);
  if (TIME_AFTER.test(after) || AGE.test(after) || /\baged\s+$/i.test(before) || /:$/.test(before))
    return true;
  if (/^\d{1,2}$/.test(core) && (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before))) return true;
  if (YEAR_LIKE.test(core) && !modified && !COUNTED_AFTER_YEAR.test(after)) return true;
  if (/^one$/i.test(core) && /\b(?:no|any|every|the|this|that|each|which)\s+$/i.test(before)) return true;
  return false;
}

function cardinal(text: string): number | null {
  const t = text.trim().toLowerCase();
  return /^\d/.test(t) ? parseDigits(t) : parseNumberWords(t);
}

function rangeEnds(g: Record<string, string | undefined>): [string | undefined, string | undefined] {
  return [g.bLo ?? g.dLo ?? g.rLo, g.bHi ?? g.dHi ?? g.rHi];
}

function coreAmount(g: Record<string, string | undefined>): Omit<Quantity, 'start' | 'end' | 'text'> | null {
  const [lo, hi] = rangeEnds(g);
  if (lo && hi) {
    const [a, b] = [cardinal(lo), cardinal(hi)];
    if (a === null || b === null) return null;
    return { best: Math.min(a, b), low: Math.min(a, b), high: Math.max(a, b), vague: true };
  }
  if (g.vague) {
    const key = g.vague.toLowerCase().replace(/\s+/g, ' ');
    const scaled = /^(several|a few|a couple of) (dozen|hundred|thousand|million)$/.exec(key);
    if (scaled) {
      const best = VAGUE_MULTIPLIERS[scaled[1]!]! * VAGUE_SCALES[scaled[2]!]!;
      return { best, low: best, high: null, vague: true };
    }
    const amount = VAGUE_AMOUNTS[key];
    return amount ? { ...amount, vague: true } : null;
  }
  if (g.dozen) {
    const head = g.dozen.toLowerCase().replace(/\s+dozen$/, '');
    const n = /^half\s+a$/.test(head) ? 0.5 : head === 'a' ? 1 : cardinal(head);
    return n === null ? null : { best: n * 12, low: n * 12, high: n * 12, vague: false };
  }
  const n = g.digits ? parseDigits(g.digits, g.scale) : g.words ? parseCardinal(g.words) : null;
  return n === null ? null : { best: n, low: n, high: n, vague: false };
}

function applyModifier(
  amount: Omit<Quantity, 'start' | 'end' | 'text'>,
  g: Record<string, string | undefined>,
): Omit<Quantity, 'start' | 'end' | 'text'> {
  const n = amount.best;
  if (rangeEnds(g)[0]) return amount;
  if (g.min || g.more) return { best: n, low: amount.low ?? n, high: null, vague: true };
  if (g.nearly) return { best: n, low: Math.floor((n * 9) / 10), high: n, vague: true };
  if (g.approx) {
    const high = amount.high === null ? null : Math.ceil((n * 11) / 10);
    return { best: n, low: Math.floor((n * 9) / 10), high, vague: true };
  }
  if (g.max) return { best: n, low: null, high: n, vague: true };
  if (g.below) return { best: Math.max(0, n - 1), low: null, high: Math.max(0, n - 1), vague: true };
  return amount;
}

/**
 * Finds every amount in a text: digits ("1,200", "3.5 million"), words ("twenty-three", "a dozen"),
 * ranges ("between 30 and 40"), vague amounts ("dozens", "scores of") and their modifiers ("at least",
 * "nearly", "about", "up to"). Skips what only looks like an amount: clock times, ages, days of a
 * month, years, ordinals and parts of compounds ("two-day"). Conventions: docs/extraction.md.
 *
 * @example
 *   findQuantities('at least 57 dead')[0]; // { text: 'at least 57', best: 57, low: 57, high: null, vague: true, ... }
 */
export function findQuantities(text: string): Quantity[] {
  return quantitiesIn(text, 0);
}

/**
 * The pattern, compiled once, for each level of recursion ("from 30 to 45" reads its first end
 * again), so that no two loops share a `lastIndex`.
 */
const patternAtDepth: RegExp[] = [];

function quantitiesIn(text: string, depth: number): Quantity[] {
  const re = (patternAtDepth[depth] ??= new RegExp(QUANTITY.source, QUANTITY.flags));
  re.lastIndex = 0;
  const out: Quantity[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.rLo && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
      const first = quantitiesIn(g.rLo, depth + 1)[0];
      if (first) out.push({ ...first, start: first.start + start, end: first.end + start });
      re.lastIndex = start + g.rLo.length;
      continue;
    }
    const core = rangeEnds(g)[0] ?? g.vague ?? g.dozen ?? g.digits ?? g.words ?? '';
    const modified = Boolean(g.min || g.nearly || g.approx || g.max || g.below || g.more);
    if (notAQuantity(text, start, end, core, modified)) continue;
    const amount = coreAmount(g);
    if (!amount) continue;
    out.push({ start, end, text: m[0], ...applyModifier(amount, g) });
  }
  return out;
}

/**
 * Reads one amount from a short phrase ("at least 57", "dozens", "between 30 and 40"): the first
 * amount in it, or null when there is none.
 */
export function parseQuantity(phrase: string): Quantity | null {
  return findQuantities(phrase)[0] ?? null;
}
