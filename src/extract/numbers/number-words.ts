const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers that may follow a number, written out or as newsroom shorthand ("3.5m", "2bn"). */
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
};

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const DIGIT_WORDS = byLength(Object.keys(UNITS).filter((w) => UNITS[w]! > 0 && UNITS[w]! < 10));
const BELOW_HUNDRED = `(?:(?:${byLength(Object.keys(TENS))})(?:[-\\s](?:${DIGIT_WORDS}))?|${byLength(Object.keys(UNITS))})`;
const SCALE_PART = `(?:\\s+(?:hundred|thousand|million|billion)(?:(?:\\s+and)?\\s+${BELOW_HUNDRED}(?![-\\w]))?)`;

/** Regex source for a written-out cardinal: "five", "twenty-three", "one hundred and twelve", "a thousand". */
export const NUMBER_WORDS_SOURCE = `(?:${BELOW_HUNDRED}${SCALE_PART}*|an?${SCALE_PART}+)`;

const NUMBER_WORDS_FULL = new RegExp(`^${NUMBER_WORDS_SOURCE}$`, 'i');

/**
 * Value of a written-out cardinal ("twenty-three", "one hundred and five", "two million"), or null
 * when the words are not a number. "a"/"an" count as one only before a scale word ("a hundred").
 *
 * @example
 *   parseNumberWords('three hundred and twelve'); // 312
 */
export function parseNumberWords(words: string): number | null {
  const text = words.trim().toLowerCase();
  if (!NUMBER_WORDS_FULL.test(text)) return null;
  const tokens = text.split(/[-\s]+/).filter((t) => t !== 'and');
  let total = 0;
  let current = 0;
  for (const token of tokens) {
    if (token === 'a' || token === 'an') current += 1;
    else if (token in UNITS) current += UNITS[token]!;
    else if (token in TENS) current += TENS[token]!;
    else if (token === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * SCALES[token]!;
      current = 0;
    }
  }
  return total + current;
}

/**
 * Value of a number written in digits, with thousands separators, decimals and an optional scale
 * ("1,200", "3.5 million", "2bn"), or null.
 */
export function parseDigits(digits: string, scale?: string): number | null {
  const cleaned = digits.replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
  return Math.round(value);
}

/** Value of a count written either way ("12", "twelve", "a dozen" is not handled here), or null. */
export function parseCardinal(text: string): number | null {
  return /^\d/.test(text.trim()) ? parseDigits(text.trim()) : parseNumberWords(text);
}
