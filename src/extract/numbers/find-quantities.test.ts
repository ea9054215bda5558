import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity } from './find-quantities.js';
import { parseNumberWords } from './number-words.js';

const amount = (phrase: string) => {
  const q = parseQuantity(phrase);
  return q && { best: q.best, low: q.low, high: q.high, vague: q.vague };
};
const exact = (n: number) => ({ best: n, low: n, high: n, vague: false });

describe('parseNumberWords', () => {
  it('reads written-out cardinals up to the billions', () => {
    expect(parseNumberWords('seven')).toBe(7);
    expect(parseNumberWords('Twenty-three')).toBe(23);
    expect(parseNumberWords('ninety nine')).toBe(99);
    expect(parseNumberWords('one hundred and five')).toBe(105);
    expect(parseNumberWords('two thousand three hundred')).toBe(2300);
    expect(parseNumberWords('a thousand')).toBe(1000);
    expect(parseNumberWords('four million')).toBe(4_000_000);
    expect(parseNumberWords('a')).toBeNull();
    expect(parseNumberWords('seventh')).toBeNull();
  });
});

describe('parseQuantity: exact counts', () => {
  it('reads digits, separators, decimals with scales and words', () => {
    expect(amount('two')).toEqual(exact(2));
    expect(amount('twenty-three')).toEqual(exact(23));
    expect(amount('1,200')).toEqual(exact(1200));
    expect(amount('3.5 million')).toEqual(exact(3_500_000));
    expect(amount('a dozen')).toEqual(exact(12));
    expect(amount('half a dozen')).toEqual(exact(6));
    expect(amount('three dozen')).toEqual(exact(36));
  });

  it('keeps the offsets and the text of the phrase', () => {
    expect(parseQuantity('  at least 57 people')).toMatchObject({ start: 2, end: 13, text: 'at least 57' });
  });
});

describe('parseQuantity: vague amounts, coded as ACLED codes them', () => {
  it('codes tens, dozens, scores, hundreds and thousands at their smallest value, open above', () => {
    expect(amount('tens of people')).toEqual({ best: 10, low: 10, high: null, vague: true });
    expect(amount('dozens')).toEqual({ best: 12, low: 12, high: null, vague: true });
    expect(amount('scores of villagers')).toEqual({ best: 20, low: 20, high: null, vague: true });
    expect(amount('hundreds')).toEqual({ best: 100, low: 100, high: null, vague: true });
    expect(amount('thousands')).toEqual({ best: 1000, low: 1000, high: null, vague: true });
    expect(amount('tens of thousands')).toEqual({ best: 10_000, low: 10_000, high: null, vague: true });
  });

  it('codes several, a few and a handful as three, multiple as two, and a couple as two or three', () => {
    expect(amount('multiple')).toEqual({ best: 2, low: 2, high: null, vague: true });
    expect(amount('several')).toEqual({ best: 3, low: 3, high: null, vague: true });
    expect(amount('a few')).toEqual({ best: 3, low: 3, high: null, vague: true });
    expect(amount('a handful of')).toEqual({ best: 3, low: 3, high: null, vague: true });
    expect(amount('a couple of')).toEqual({ best: 2, low: 2, high: 3, vague: true });
    expect(amount('several hundred')).toEqual({ best: 300, low: 300, high: null, vague: true });
    expect(amount('a few dozen')).toEqual({ best: 36, low: 36, high: null, vague: true });
  });

  it('does not read "tens" or "scores" without "of" as amounts', () => {
    expect(findQuantities('test scores rose')).toEqual([]);
  });
});

describe('parseQuantity: modifiers and ranges', () => {
  it('opens the range above for "at least", "more than", "over" and "or more"', () => {
    for (const phrase of [
      'at least 57',
      'more than 57',
      'over 57',
      'upwards of 57',
      '57 or more',
      'no fewer than 57',
    ])
      expect(amount(phrase)).toEqual({ best: 57, low: 57, high: null, vague: true });
  });

  it('reads "nearly N" as 90% of N up to N, best N', () => {
    expect(amount('nearly 100')).toEqual({ best: 100, low: 90, high: 100, vague: true });
    expect(amount('almost 200')).toEqual({ best: 200, low: 180, high: 200, vague: true });
    expect(amount('close to 45')).toEqual({ best: 45, low: 40, high: 45, vague: true });
  });

  it('reads "about", "around" and "some" N as N give or take a tenth', () => {
    expect(amount('about 50')).toEqual({ best: 50, low: 45, high: 55, vague: true });
    expect(amount('around 40')).toEqual({ best: 40, low: 36, high: 44, vague: true });
    expect(amount('some 45')).toEqual({ best: 45, low: 40, high: 50, vague: true });
    expect(amount('an estimated 1,000')).toEqual({ best: 1000, low: 900, high: 1100, vague: true });
  });

  it('closes the range above for "up to" and "as many as", and below N for "fewer than"', () => {
    expect(amount('up to 15')).toEqual({ best: 15, low: null, high: 15, vague: true });
    expect(amount('as many as 15')).toEqual({ best: 15, low: null, high: 15, vague: true });
    expect(amount('fewer than 10')).toEqual({ best: 9, low: null, high: 9, vague: true });
  });

  it('codes ranges at their lower end', () => {
    for (const phrase of ['between 30 and 40', '30 to 40', '30-40', '30 – 40', 'thirty or forty'])
      expect(amount(phrase)).toEqual({ best: 30, low: 30, high: 40, vague: true });
  });
});

describe('findQuantities', () => {
  it('finds every amount in a sentence', () => {
    const found = findQuantities('Gunmen killed 44 civilians and wounded 13 others, and dozens fled.');
    expect(found.map((q) => [q.text, q.best])).toEqual([
      ['44', 44],
      ['13', 13],
      ['dozens', 12],
    ]);
  });

  it('keeps both ends of a rise "from 30 to 45" apart rather than reading a range', () => {
    expect(findQuantities('The toll rose from 30 to 45.').map((q) => q.best)).toEqual([30, 45]);
  });

  it('skips times, ages, days of a month, years, ordinals and compounds', () => {
    const text =
      'At 2 a.m. on 4 March 2024, a 25-year-old and a man aged 40 joined the 4th brigade for a two-day march at 13:30 in 2019 during the 2015 offensive.';
    expect(findQuantities(text)).toEqual([]);
    expect(
      findQuantities('On March 22 they left, no one stayed and the one who did was 30 years old.'),
    ).toEqual([]);
  });

  it('still reads a four-digit amount when it counts something', () => {
    expect(findQuantities('About 2000 people fled and 1990 soldiers stayed.').map((q) => q.best)).toEqual([
      2000, 1990,
    ]);
  });
});
