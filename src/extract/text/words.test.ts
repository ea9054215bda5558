import { describe, expect, it } from 'vitest';
import { allMatches, forEachWord } from './words.js';

const words = (text: string, inner = '') => {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(text.slice(start, end)), inner);
  return out;
};

describe('forEachWord', () => {
  it('reads runs of letters and digits, going on through the inner characters once begun', () => {
    const text = "The group's fighters — 'ISWAP' — killed 12 in Dikwa-Marte.";
    expect(words(text)).toEqual([
      'The',
      'group',
      's',
      'fighters',
      'ISWAP',
      'killed',
      '12',
      'in',
      'Dikwa',
      'Marte',
    ]);
    expect(words(text, "'’-")).toEqual([
      'The',
      "group's",
      'fighters',
      "ISWAP'",
      'killed',
      '12',
      'in',
      'Dikwa-Marte',
    ]);
  });

  it('finds the words a Unicode regular expression finds, accents, other scripts and surrogate pairs included', () => {
    const text = 'Dā‘ish in Tillabéri, دير الزور, 𝐀𝐁 😀x, lone \ud800 surrogate, ١٢٣ and naïve’s';
    for (const inner of ['', "'’", "'’-"]) {
      const pattern = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}${inner}]*`, 'gu');
      expect(words(text, inner)).toEqual(text.match(pattern));
    }
  });
});

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included, and can run again', () => {
    const text = 'At least 12 killed, 𝐀 then 7 more; 30 to 40 wounded.';
    for (const pattern of [/\d+/g, /\b/gu, /(?:)/gu, /(?:)/g, /(?<n>\d+)\s+(?:to|more)/g]) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m.groups]);
      for (let run = 0; run < 2; run++)
        expect(allMatches(pattern, text).map((m) => [m.index, m[0], m.groups])).toEqual(expected);
    }
  });
});
