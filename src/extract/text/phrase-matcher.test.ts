import { describe, expect, it } from 'vitest';
import { PhraseMatcher, SortedPhrases } from './phrase-matcher.js';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>()
    .add('Islamic State', 'islamic-state')
    .add('Islamic State West Africa Province', 'iswap')
    .add('IS', 'islamic-state')
    .add('al-Qaeda', 'al-qaeda')
    .add('U.S.', 'us');

  it('prefers the longest phrase at a position', () => {
    const found = matcher.find('Fighters of the Islamic State West Africa Province attacked a base.');
    expect(found).toEqual([
      {
        start: 16,
        end: 50,
        text: 'Islamic State West Africa Province',
        value: 'iswap',
        values: ['iswap'],
        first: 3,
        last: 7,
      },
    ]);
  });

  it('ignores case, diacritics and the punctuation between words, except for acronyms', () => {
    expect(matcher.find('al Qaeda and AL-QAEDA and al-Qā’ida').map((m) => m.value)).toEqual([
      'al-qaeda',
      'al-qaeda',
    ]);
    expect(matcher.find('This is what IS wants.').map((m) => m.text)).toEqual(['IS']);
    expect(matcher.find('the U.S. embassy').map((m) => m.text)).toEqual(['U.S']);
  });

  it('does not join words across a line break', () => {
    expect(matcher.find('Islamic\n\nState')).toEqual([]);
  });

  it('keeps every value of a phrase and falls back to a shorter phrase when the longer is refused', () => {
    const places = new PhraseMatcher<string>()
      .add('Tripoli', 'LY')
      .add('Tripoli', 'LB')
      .addFolded('new york', 'NY')
      .add('New York Times', 'newspaper');
    expect(places.find('From Tripoli.').map((m) => m.values)).toEqual([['LY', 'LB']]);
    const noPapers = (value: string) => value !== 'newspaper';
    expect(places.find('the New York Times', undefined, noPapers).map((m) => m.text)).toEqual(['New York']);
    expect(places.find('Tripoli', undefined, (v) => v === 'LB').map((m) => m.values)).toEqual([['LB']]);
  });

  it('looks up the values of an exact phrase', () => {
    expect(matcher.lookup('islamic state')).toEqual(['islamic-state']);
    expect(matcher.lookup('islamic')).toEqual([]);
  });

  it('matches phrases of a sorted base table beside the added ones, longest first', () => {
    const keys = ['a', 'a coruna', 'aa', 'deir', 'deir ez zor', 'mosul', 'tal afar'];
    const base = new SortedPhrases(keys, (k) => [`base:${keys[k]}`]);
    const places = new PhraseMatcher<string>(base).add('Mosul', 'added:mosul');
    expect(places.find('From Deir ez-Zor to Mosul and Tal Afar.').map((m) => m.values)).toEqual([
      ['base:deir ez zor'],
      ['base:mosul', 'added:mosul'],
      ['base:tal afar'],
    ]);
    expect(places.find('Deir Hafer').map((m) => m.text)).toEqual(['Deir']);
    expect(places.lookup('Tal Afar')).toEqual(['base:tal afar']);
    expect(places.find('A Coruña, A and AA').map((m) => m.values[0])).toEqual([
      'base:a coruna',
      'base:a',
      'base:aa',
    ]);
  });
});
